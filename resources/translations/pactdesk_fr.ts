<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="26"/>
        <source>Chart of the data across Member States</source>
        <translation>Graphique des données des États membres</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="39"/>
        <source>{title}: {n} Member States, {c} harmonised, {x} not comparable</source>
        <translation>{title}&#xa0;: {n} États membres, {c} harmonisées, {x} non comparables</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="54"/>
        <source>Choose an indicator and a period</source>
        <translation>Choisissez un indicateur et une période</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="58"/>
        <location filename="../../pactdesk/ui/compare/chart.py" line="59"/>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>harmonised</source>
        <translation>harmonisé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="62"/>
        <source>not comparable (not harmonised)</source>
        <translation>non comparable (non harmonisé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>answered</source>
        <extracomment>Roles beyond Qt&apos;s: what tests and the filter read.</extracomment>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>NOT answered</source>
        <translation>SANS réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="138"/>
        <location filename="../../pactdesk/ui/views/fields.py" line="161"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="127"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="142"/>
        <source>{a} of {t} requests of the Commission answered</source>
        <translation>{a} demandes de la Commission traitées sur {t}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="146"/>
        <source>{n} data points</source>
        <translation>{n} données</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="148"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="49"/>
        <source>changed in the update</source>
        <translation>modifié dans la mise à jour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="162"/>
        <source>{code}, written in {language}</source>
        <translation>{code}, rédigé en {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>not comparable</source>
        <translation>non comparable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="77"/>
        <source>{id}: the answers side by side</source>
        <translation>{id}&#xa0;: les réponses côte à côte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="90"/>
        <source>Political assessments of area {id} side by side</source>
        <translation>Évaluations politiques du domaine {id} côte à côte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="100"/>
        <source>What the Commission asked</source>
        <translation>Ce que la Commission a demandé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="107"/>
        <source>&amp;Member States shown:</source>
        <translation>États &amp;membres affichés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="109"/>
        <source>Member States shown side by side</source>
        <translation>États membres affichés côte à côte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="161"/>
        <source>{state}, in {language}</source>
        <translation>{state}, en {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="71"/>
        <source>Compare contributions — PactDesk</source>
        <translation>Comparer des contributions — PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="86"/>
        <source>Add a &amp;folder of bundles…</source>
        <translation>Ajouter un &amp;répertoire de dossiers de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="88"/>
        <source>Add &amp;bundles…</source>
        <translation>Ajouter des &amp;dossiers de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="90"/>
        <source>&amp;Trust folder…</source>
        <translation>Répertoire de &amp;confiance…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="92"/>
        <source>A folder with each ministry&apos;s CA certificate as XX.pem</source>
        <translation>Un répertoire contenant le certificat d&apos;AC de chaque ministère sous la forme XX.pem</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="95"/>
        <source>Trust a CA for &amp;every Member State…</source>
        <translation>Faire confiance à une AC pour &amp;tous les États membres…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="97"/>
        <source>&amp;Save the comparison…</source>
        <translation>&amp;Enregistrer la comparaison…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="113"/>
        <source>Trusted CAs</source>
        <translation>AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="119"/>
        <source>Progress of the verification</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="120"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="123"/>
        <source>Drop bundles or a folder here, or add them with the buttons above.</source>
        <translation>Déposez ici des dossiers de soumission ou un répertoire, ou ajoutez-les avec les boutons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="126"/>
        <source>State of the comparison</source>
        <translation>État de la comparaison</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="134"/>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="135"/>
        <source>&amp;Political assessments</source>
        <translation>Évaluations &amp;politiques</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="136"/>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="137"/>
        <source>B&amp;undles</source>
        <translation>Dossiers de so&amp;umission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="148"/>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="150"/>
        <source>Policy area shown</source>
        <translation>Domaine d&apos;action affiché</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="151"/>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="155"/>
        <source>Only &amp;unanswered</source>
        <translation>Seulement les questions sans &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="158"/>
        <source>Commitments where a Member State left an answer or a request of the Commission open</source>
        <translation>Engagements pour lesquels un État membre a laissé une réponse ou une demande de la Commission en suspens</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="162"/>
        <source>Only &amp;changed in the update</source>
        <translation>Seulement les &amp;modifications de la mise à jour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="168"/>
        <source>Side by &amp;side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="170"/>
        <source>The answers of the Member States selected in a row, side by side (Enter)</source>
        <translation>Les réponses des États membres sélectionnés dans une ligne, côte à côte (Entrée)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="181"/>
        <source>Commitments by Member State</source>
        <translation>Engagements par État membre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="192"/>
        <source>Each cell: ✓ both answers given (✗ not) · words (w) · requests of the Commission answered/asked · data points (d) · Δ changed in the January update. Orange: changed by the update; red: not answered; yellow: a request left open. Enter or a double click shows the Member States selected in a row side by side.</source>
        <translation>Chaque cellule&#xa0;: ✓ les deux réponses données (✗ sinon) · mots (w) · demandes de la Commission traitées/posées · données (d) · Δ modifié dans la mise à jour de janvier. Orange&#xa0;: modifié par la mise à jour&#xa0;; rouge&#xa0;: sans réponse&#xa0;; jaune&#xa0;: une demande en suspens. Entrée ou un double clic affiche côte à côte les États membres sélectionnés dans une ligne.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="210"/>
        <source>Policy &amp;area:</source>
        <translation>&amp;Domaine d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="212"/>
        <source>Policy area of the assessments</source>
        <translation>Domaine d&apos;action des évaluations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="216"/>
        <source>Show the assessments side &amp;by side</source>
        <translation>Afficher les évaluations côte à &amp;côte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="231"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="233"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="164"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="235"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="237"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="165"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="247"/>
        <source>Data across Member States</source>
        <translation>Données des États membres</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="264"/>
        <source>The bundles: included, replaced, rejected</source>
        <translation>Les dossiers de soumission&#xa0;: inclus, remplacés, rejetés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="280"/>
        <source>No CA is trusted yet: choose the trust folder (XX.pem per Member State).</source>
        <translation>Aucune AC n&apos;est encore de confiance&#xa0;: choisissez le répertoire de confiance (XX.pem par État membre).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="294"/>
        <source>Trusted: {n} ministry CAs, each for its own Member State only ({states})</source>
        <translation>De confiance&#xa0;: {n} AC ministérielles, chacune pour son propre État membre uniquement ({states})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="298"/>
        <source>{file} is trusted for EVERY Member State</source>
        <translation>{file} est de confiance pour TOUS les États membres</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="305"/>
        <source>The folder of trusted CAs (XX.pem)</source>
        <translation>Le répertoire des AC de confiance (XX.pem)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="314"/>
        <source>A CA certificate to trust for every Member State</source>
        <translation>Un certificat d&apos;AC de confiance pour tous les États membres</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="316"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="324"/>
        <source>A folder of bundles (*.asice)</source>
        <translation>Un répertoire de dossiers de soumission (*.asice)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles to compare</source>
        <translation>Dossiers de soumission à comparer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles (*.asice)</source>
        <translation>Dossiers de soumission (*.asice)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="358"/>
        <source>Choose whom to trust first: {why}</source>
        <translation>Choisissez d&apos;abord à qui faire confiance&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="372"/>
        <source>Verifying the bundles…</source>
        <translation>Vérification des dossiers de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="398"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="402"/>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="441"/>
        <source>Languages: {languages}</source>
        <translation>Langues&#xa0;: {languages}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="444"/>
        <source>Rejected: {names} (see Bundles).</source>
        <translation>Rejetés&#xa0;: {names} (voir Dossiers de soumission).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="522"/>
        <source>Save the comparison into a folder</source>
        <translation>Enregistrer la comparaison dans un répertoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="533"/>
        <source>Save the comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="534"/>
        <source>That folder holds the bundles; choose another folder.</source>
        <translation>Ce répertoire contient les dossiers de soumission&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="545"/>
        <source>Saved: {files}</source>
        <translation>Enregistré&#xa0;: {files}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="105"/>
        <source>Writing the JSON file</source>
        <translation>Écriture du fichier JSON</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="108"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="175"/>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="176"/>
        <source>Export the contribution</source>
        <translation>Exporter la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="180"/>
        <source>Choose what to make and where to save it. The draft is not changed.</source>
        <translation>Choisissez ce qu&apos;il faut produire et où l&apos;enregistrer. Le projet n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="198"/>
        <source>The workbook export is not part of this build.</source>
        <translation>L&apos;export en classeur ne fait pas partie de cette version de PactDesk.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="209"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="211"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="212"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="216"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="226"/>
        <source>Export progress</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="230"/>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="236"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="240"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="243"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="247"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="250"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;répertoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="296"/>
        <source>Export as {}</source>
        <translation>Exporter en {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="309"/>
        <source>{} exists and will be replaced.</source>
        <translation>{} existe déjà et sera remplacé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="323"/>
        <source>Choose the file to write first.</source>
        <translation>Choisissez d&apos;abord le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="328"/>
        <source>{} is a folder: give the file&apos;s name.</source>
        <translation>{} est un répertoire&#xa0;: indiquez le nom du fichier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="331"/>
        <source>There is no folder {}.</source>
        <translation>Le répertoire {} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="336"/>
        <source>Exporting {}…</source>
        <translation>Export de {}…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="356"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="371"/>
        <source>Wrote {} (revision {}).</source>
        <translation>{} a été écrit (révision {}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="373"/>
        <source>Wrote {}.</source>
        <translation>{} a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="379"/>
        <source>The export failed: {} Nothing was written.</source>
        <translation>L&apos;export a échoué&#xa0;: {} Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="384"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="426"/>
        <source>No program on this computer opens {}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="54"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="185"/>
        <source>Import a workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="76"/>
        <source>No workbook chosen</source>
        <translation>Aucun classeur choisi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="77"/>
        <source>Workbook file</source>
        <translation>Fichier du classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="78"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Classeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="80"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="107"/>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="81"/>
        <source>Choose a workbook</source>
        <translation>Choisir un classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="90"/>
        <source>Choose the Excel workbook a colleague filled in. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation>Choisissez le classeur Excel rempli par un ou une collègue. PactDesk le lit et montre ce qu&apos;il changerait avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="96"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="123"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="109"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="103"/>
        <source>Now in the draft</source>
        <translation>Actuellement dans le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="103"/>
        <source>From the workbook</source>
        <translation>Issu du classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="101"/>
        <source>Changes the workbook brings</source>
        <translation>Modifications apportées par le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="109"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi ce n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="110"/>
        <source>Conflicts: the draft&apos;s text is kept</source>
        <translation>Conflits&#xa0;: le texte du projet est conservé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <source>In the draft (kept)</source>
        <translation>Dans le projet (conservé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <source>In the workbook (not imported)</source>
        <translation>Dans le classeur (non importé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="118"/>
        <source>Problems in the workbook</source>
        <translation>Problèmes dans le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="121"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="122"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="129"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="123"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="238"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="124"/>
        <source>What the workbook would do</source>
        <translation>Ce que ferait le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="128"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="258"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="130"/>
        <source>Import the changes</source>
        <translation>Importer les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="185"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="195"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="290"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="236"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="166"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="349"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="237"/>
        <source>Changes ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="240"/>
        <source>Filled in by {name}.</source>
        <translation>Rempli par {name}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="242"/>
        <source>The workbook does not say who filled it in; the changes will be yours.</source>
        <translation>Le classeur n&apos;indique pas qui l&apos;a rempli&#xa0;; les modifications seront enregistrées à votre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="245"/>
        <source>Exported from this draft at revision {rev}.</source>
        <translation>Exporté de ce projet à la révision {rev}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="247"/>
        <source>Exported from another draft: it fills only fields that are empty here.</source>
        <translation>Exporté d&apos;un autre projet&#xa0;: il ne remplit que les champs vides ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="251"/>
        <source>%n field(s) will change.</source>
        <translation>
            <numerusform>%n champ va changer.</numerusform>
            <numerusform>%n champs vont changer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="252"/>
        <source>%n conflict(s) keep the draft&apos;s text.</source>
        <translation>
            <numerusform>%n conflit conserve le texte du projet.</numerusform>
            <numerusform>%n conflits conservent le texte du projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="253"/>
        <source>%n field(s) are the same.</source>
        <translation>
            <numerusform>%n champ est identique.</numerusform>
            <numerusform>%n champs sont identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="258"/>
        <source>&amp;Import %n change(s)</source>
        <translation>
            <numerusform>&amp;Importer %n modification</numerusform>
            <numerusform>&amp;Importer %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="302"/>
        <source>Importing %n field(s)…</source>
        <translation>
            <numerusform>Import de %n champ…</numerusform>
            <numerusform>Import de %n champs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="312"/>
        <source>Imported: %n field(s) changed.</source>
        <translation>
            <numerusform>Import terminé&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Import terminé&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="273"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="378"/>
        <source>Cannot read the file: {why}</source>
        <translation>Impossible de lire le fichier&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="275"/>
        <source>The workbook could not be read: {why}</source>
        <translation>Le classeur n&apos;a pas pu être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="278"/>
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="44"/>
        <source>Which template?</source>
        <translation>Quel modèle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="47"/>
        <source>The template holds the Commission&apos;s questions and timetable for one reporting cycle. PactDesk comes with the 2010 template; a later one loads from its file.</source>
        <translation>Le modèle contient les questions et le calendrier de la Commission pour un cycle de rapport. PactDesk est livré avec le modèle de 2010&#xa0;; un modèle ultérieur se charge depuis son fichier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="51"/>
        <source>The &amp;template that comes with PactDesk:</source>
        <translation>Le &amp;modèle livré avec PactDesk&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="52"/>
        <source>The template that comes with PactDesk</source>
        <translation>Le modèle livré avec PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="54"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="63"/>
        <source>A template &amp;file:</source>
        <translation>Un &amp;fichier de modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="64"/>
        <source>A template file</source>
        <translation>Un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="66"/>
        <source>Template file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="68"/>
        <source>Browse for a template file</source>
        <translation>Rechercher un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="93"/>
        <source>Choose a template file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="93"/>
        <source>Template files (*.json)</source>
        <translation>Fichiers de modèle (*.json)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="127"/>
        <source>Whose contribution, in which language?</source>
        <translation>La contribution de qui, dans quelle langue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="128"/>
        <source>You can write in any official language of the EU.</source>
        <translation>Vous pouvez rédiger dans n&apos;importe quelle langue officielle de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="130"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="133"/>
        <source>Reporting cycle</source>
        <translation>Cycle de rapport</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="135"/>
        <source>Language of the contribution</source>
        <translation>Langue de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="139"/>
        <source>Where to keep the draft</source>
        <translation>Où conserver le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="140"/>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="141"/>
        <source>Choose where to keep the draft</source>
        <translation>Choisir où conserver le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="150"/>
        <source>&amp;Member State:</source>
        <translation>État &amp;membre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="151"/>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cycle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="36"/>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="47"/>
        <source>Language of the window</source>
        <extracomment>The languages the window is translated into, each named in its own language.</extracomment>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="39"/>
        <source>The language of menus, buttons and messages. Dates and numbers follow it. The language you write a contribution in is chosen for each contribution and does not change.</source>
        <translation>La langue des menus, des boutons et des messages. Les dates et les nombres la suivent. La langue dans laquelle vous rédigez une contribution est choisie pour chaque contribution et ne change pas.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="49"/>
        <source>The system&apos;s language ({name})</source>
        <translation>La langue du système ({name})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="53"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="57"/>
        <source>The window changes language the next time PactDesk starts.</source>
        <translation>La fenêtre changera de langue au prochain démarrage de PactDesk.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="157"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="188"/>
        <source>Keep the draft as</source>
        <translation>Conserver le projet sous</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="188"/>
        <location filename="../../pactdesk/ui/main_window.py" line="594"/>
        <source>PactDesk drafts (*.pactdesk)</source>
        <translation>Projets PactDesk (*.pactdesk)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="204"/>
        <source>Please say where to keep the draft.</source>
        <translation>Veuillez indiquer où conserver le projet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="214"/>
        <source>There is already a file {name} there; choose another name.</source>
        <translation>Un fichier {name} existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="222"/>
        <source>The draft could not be made: {reason}</source>
        <translation>Le projet n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="246"/>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="36"/>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="39"/>
        <source>PactDesk records who wrote each change of a contribution. Please tell it who you are; you are asked only once, and can change it later under File › Your profile.</source>
        <translation>PactDesk enregistre l&apos;auteur de chaque modification d&apos;une contribution. Veuillez indiquer qui vous êtes&#xa0;; cette question n&apos;est posée qu&apos;une fois, et vous pourrez modifier ces informations plus tard sous Fichier › Votre profil.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="48"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="51"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="86"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="87"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="95"/>
        <source>political assessment, area {area}</source>
        <translation>évaluation politique, domaine {area}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="104"/>
        <source>Assign items</source>
        <translation>Attribuer des éléments</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="107"/>
        <source>Items to assign</source>
        <translation>Éléments à attribuer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="119"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="123"/>
        <source>&amp;Items (Space ticks one):</source>
        <translation>&amp;Éléments (Espace en coche un)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="124"/>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Attribué à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="125"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministère&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="142"/>
        <source>Tick at least one item and say whom it is assigned to.</source>
        <translation>Cochez au moins un élément et indiquez à qui il est attribué.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="152"/>
        <source>Send items to a colleague</source>
        <translation>Envoyer des éléments à un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="155"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Assignee</source>
        <translation>Destinataire de l&apos;attribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="180"/>
        <source>Package file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="161"/>
        <source>Encrypt to these certificates</source>
        <translation>Chiffrer pour ces certificats</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="162"/>
        <source>optional: recipients&apos; certificate files</source>
        <translation>facultatif&#xa0;: fichiers de certificat des destinataires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="164"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="166"/>
        <source>&amp;Package file:</source>
        <translation>Fichier de &amp;paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="170"/>
        <source>&amp;Encrypt to:</source>
        <translation>&amp;Chiffrer pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="180"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="285"/>
        <source>Exchange packages (*.pdx)</source>
        <translation>Paquets d&apos;échange (*.pdx)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="187"/>
        <source>Recipients&apos; certificates</source>
        <translation>Certificats des destinataires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="187"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="198"/>
        <source>Choose the assignee and the package file.</source>
        <translation>Choisissez le destinataire et le fichier de paquet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="207"/>
        <source>A certificate file cannot be read.</source>
        <translation>Un fichier de certificat ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="220"/>
        <source>Who owes what</source>
        <translation>Qui doit quoi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="223"/>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="229"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="236"/>
        <source>{a} of {t}</source>
        <translation>{a} sur {t}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="256"/>
        <source>Send your answers back</source>
        <translation>Renvoyer vos réponses</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="259"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="285"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>Return file</source>
        <translation>Fichier de retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="261"/>
        <source>Sign with</source>
        <translation>Signer avec</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="262"/>
        <source>Do not sign</source>
        <translation>Ne pas signer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="270"/>
        <source>Passphrase of the identity</source>
        <translation>Phrase secrète de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="273"/>
        <source>&amp;Return file:</source>
        <translation>Fichier de &amp;retour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="276"/>
        <source>&amp;Sign with:</source>
        <translation>&amp;Signer avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="295"/>
        <source>Choose where to save the return.</source>
        <translation>Choisissez où enregistrer le retour.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="121"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member &amp;State:</source>
        <translation>&amp;État membre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="70"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="153"/>
        <source>Sign off the contribution</source>
        <translation>Approuver la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="75"/>
        <source>Loading the content to sign…</source>
        <translation>Chargement du contenu à signer…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="77"/>
        <source>What you are signing</source>
        <translation>Ce que vous signez</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="85"/>
        <source>Revision and content digest</source>
        <translation>Révision et empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="89"/>
        <source>The contribution you are signing</source>
        <translation>La contribution que vous signez</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="95"/>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="96"/>
        <source>Signing &amp;identity:</source>
        <translation>&amp;Identité de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="178"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="101"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="106"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="277"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="112"/>
        <source>Where the passphrase comes from</source>
        <translation>D&apos;où vient la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="114"/>
        <source>Re&amp;member the passphrase in the operating system&apos;s keyring</source>
        <translation>&amp;Mémoriser la phrase secrète dans le trousseau de clés du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="115"/>
        <source>Remember the passphrase in the keyring</source>
        <translation>Mémoriser la phrase secrète dans le trousseau de clés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="120"/>
        <source>I have &amp;read the contribution above and sign it off in the chosen role.</source>
        <translation>J&apos;ai &amp;lu la contribution ci-dessus et je l&apos;approuve dans le rôle choisi.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="122"/>
        <source>I have read the contribution and sign it off</source>
        <translation>J&apos;ai lu la contribution et je l&apos;approuve</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="127"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="319"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="135"/>
        <source>Sign off</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="179"/>
        <source>Revision {revision} · {answered} of {total} fields answered · SHA-256 of the signed content: {digest}</source>
        <translation>Révision {revision} · {answered} champs remplis sur {total} · SHA-256 du contenu signé&#xa0;: {digest}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="194"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="194"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="200"/>
        <source>{role} — signed by {name}</source>
        <translation>{role} — signé par {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="210"/>
        <source>Every role of this contribution is already signed at this revision.</source>
        <translation>Tous les rôles de cette contribution ont déjà signé cette révision.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="228"/>
        <source>There is no signing identity with a certificate on this computer. Create one first (pactdesk identity create), or install its certificate.</source>
        <translation>Il n&apos;y a sur cet ordinateur aucune identité de signature dotée d&apos;un certificat. Créez-en d&apos;abord une (pactdesk identity create), ou installez son certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="258"/>
        <source>No secure keyring is usable on this computer, so the passphrase is not remembered: type it each time.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est utilisable sur cet ordinateur&#xa0;; la phrase secrète n&apos;est donc pas mémorisée&#xa0;: saisissez-la à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="265"/>
        <source>The passphrase is kept in the operating system&apos;s keyring; leave the field empty to use it.</source>
        <translation>La phrase secrète est conservée dans le trousseau de clés du système d&apos;exploitation&#xa0;; laissez le champ vide pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="270"/>
        <source>Type the passphrase of this identity.</source>
        <translation>Saisissez la phrase secrète de cette identité.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="307"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="81"/>
        <source>The file {} does not exist.</source>
        <translation>Le fichier {} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="86"/>
        <source>The file cannot be read: {}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="88"/>
        <source>The bundle could not be checked: {}</source>
        <translation>Le dossier de soumission n&apos;a pas pu être vérifié&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="100"/>
        <source>Verify a submission bundle</source>
        <translation>Vérifier un dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="109"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Dossier de soumission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="111"/>
        <source>The .asice file you received</source>
        <translation>Le fichier .asice que vous avez reçu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="112"/>
        <source>Bundle file</source>
        <translation>Fichier du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="114"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="115"/>
        <source>Choose the bundle file</source>
        <translation>Choisir le fichier du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="123"/>
        <source>&amp;Trusted CA certificates:</source>
        <translation>Certificats d&apos;AC de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="125"/>
        <source>Trusted CA certificates</source>
        <translation>Certificats d&apos;AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="129"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="130"/>
        <source>Add a trusted CA certificate</source>
        <translation>Ajouter un certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="132"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="133"/>
        <source>Remove the selected CA certificate</source>
        <translation>Retirer le certificat d&apos;AC sélectionné</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="143"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="144"/>
        <source>Verify the bundle</source>
        <translation>Vérifier le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="149"/>
        <source>Progress of the check</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="157"/>
        <source>Choose a bundle, then press Verify.</source>
        <translation>Choisissez un dossier de soumission, puis appuyez sur Vérifier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="159"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="170"/>
        <source>About the contribution</source>
        <translation>À propos de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="173"/>
        <source>&amp;Signatures, in the order they were made:</source>
        <translation>&amp;Signatures, dans l&apos;ordre où elles ont été apposées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="177"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="179"/>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="180"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="181"/>
        <source>Signature</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="182"/>
        <source>Signed files</source>
        <translation>Fichiers signés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="183"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="186"/>
        <source>Signatures</source>
        <translation>Liste des signatures</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="198"/>
        <source>&amp;Details:</source>
        <translation>Dé&amp;tails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="201"/>
        <source>Details of the check</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="223"/>
        <source>Choose a bundle</source>
        <translation>Choisir un dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="225"/>
        <source>Submission bundles (*.asice *.sce *.zip);;All files (*)</source>
        <translation>Dossiers de soumission (*.asice *.sce *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="234"/>
        <source>Choose CA certificates you trust</source>
        <translation>Choisir les certificats d&apos;AC auxquels vous faites confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="236"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="259"/>
        <source>Choose a bundle first.</source>
        <translation>Choisissez d&apos;abord un dossier de soumission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="265"/>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="41"/>
        <location filename="../../pactdesk/ui/views/header.py" line="136"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="323"/>
        <source>Contribution of {} for the {} cycle, in {}, revision {}.</source>
        <translation>Contribution de {} pour le cycle {}, en {}, révision {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="329"/>
        <source>It replaces the bundle with SHA-256 {}….</source>
        <translation>Il remplace le dossier de soumission dont l&apos;empreinte SHA-256 est {}….</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="332"/>
        <source>The PDF carries {}&apos;s signature.</source>
        <translation>Le PDF porte la signature de {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="339"/>
        <source>submitter</source>
        <translation>auteur de la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="341"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="341"/>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="342"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="342"/>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>NOT trusted</source>
        <translation>PAS de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="354"/>
        <source>Why it is not valid:</source>
        <translation>Pourquoi elle n&apos;est pas valide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="360"/>
        <source>(add the ministry&apos;s CA certificate under Trusted CA certificates)</source>
        <translation>(ajoutez le certificat d&apos;AC du ministère sous Certificats d&apos;AC de confiance)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="366"/>
        <source>SHA-256 of the bundle: {}</source>
        <translation>SHA-256 du dossier de soumission&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="163"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="176"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="292"/>
        <source>Not available in this build of PactDesk ({module} is missing).</source>
        <translation>Non disponible dans cette version de PactDesk ({module} est absent).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="66"/>
        <source>&amp;File</source>
        <extracomment>What an item needs before it can be used. The menu bar, in order: (id, title with its mnemonic).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="85"/>
        <location filename="../../pactdesk/ui/views/welcome.py" line="81"/>
        <source>&amp;New contribution…</source>
        <translation>&amp;Nouvelle contribution…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="89"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="91"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="93"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="100"/>
        <source>Your &amp;profile…</source>
        <translation>Votre &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="104"/>
        <source>&amp;Close draft</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="98"/>
        <source>Compare contri&amp;butions…</source>
        <translation>&amp;Comparer des contributions…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="67"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="70"/>
        <source>E&amp;xchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="90"/>
        <source>Open the fictional e&amp;xample</source>
        <translation>Ouvrir l&apos;&amp;exemple fictif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="95"/>
        <source>Copy the &amp;working copy back</source>
        <translation>Recopier la copie de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="102"/>
        <source>Where drafts are &amp;kept…</source>
        <translation>Emplacement des pro&amp;jets…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="110"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="111"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="112"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="113"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="114"/>
        <source>&amp;Find in the contribution…</source>
        <translation>Rec&amp;hercher dans la contribution…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="117"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="119"/>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence pr&amp;écédente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="150"/>
        <source>&amp;Assign items…</source>
        <translation>&amp;Attribuer des éléments…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="152"/>
        <source>&amp;Who owes what</source>
        <translation>&amp;Qui doit quoi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="154"/>
        <source>&amp;Send items to a colleague…</source>
        <translation>&amp;Envoyer des éléments à un ou une collègue…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="156"/>
        <source>&amp;Merge a colleague&apos;s return…</source>
        <translation>&amp;Fusionner le retour d&apos;un ou une collègue…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="158"/>
        <source>Resolve open &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits en suspens…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="160"/>
        <source>Send your answers &amp;back…</source>
        <translation>&amp;Renvoyer vos réponses…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="179"/>
        <source>In the find box: next / previous match, close</source>
        <translation>Dans la zone de recherche&#xa0;: occurrence suivante / précédente, fermer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="180"/>
        <source>Enter / Shift+Enter, Esc</source>
        <translation>Entrée / Maj+Entrée, Échap</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>In a table: next cell, tick “harmonised”</source>
        <translation>Dans un tableau&#xa0;: cellule suivante, cocher «&#xa0;harmonisé&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>Tab, Space</source>
        <translation>Tab, Espace</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Alt and the underlined letter</source>
        <translation>Alt et la lettre soulignée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="334"/>
        <source>the menu bar</source>
        <translation>la barre de menus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="68"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="121"/>
        <source>Add a &amp;data point</source>
        <translation>Ajouter une &amp;donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="123"/>
        <source>Add a r&amp;eference</source>
        <translation>Ajouter une ré&amp;férence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="126"/>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="128"/>
        <source>&amp;Previous item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="130"/>
        <source>Next &amp;unanswered question of the Commission</source>
        <translation>Prochaine question de la Commission sans &amp;réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="132"/>
        <source>Next &amp;empty field</source>
        <translation>Prochain champ &amp;vide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="134"/>
        <source>Go to the c&amp;ontents</source>
        <translation>Aller au so&amp;mmaire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="138"/>
        <source>Go to the &amp;checks</source>
        <translation>Aller aux &amp;contrôles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="140"/>
        <source>Go to the &amp;history</source>
        <translation>Aller à l&apos;&amp;historique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="69"/>
        <source>&amp;Sign-off</source>
        <translation>A&amp;pprobation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="143"/>
        <source>&amp;Sign this version…</source>
        <translation>&amp;Approuver cette version…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="147"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Vérifier un dossier de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="71"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="136"/>
        <source>Go to the e&amp;ditor</source>
        <translation>Aller à l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="145"/>
        <source>Show sign-&amp;offs</source>
        <translation>Afficher les appro&amp;bations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="163"/>
        <source>&amp;Checks panel</source>
        <translation>Panneau des &amp;contrôles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="164"/>
        <source>&amp;History panel</source>
        <translation>Panneau de l&apos;&amp;historique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="165"/>
        <source>&amp;Welcome screen</source>
        <translation>Écran d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="166"/>
        <source>&amp;Language of the window…</source>
        <translation>&amp;Langue de la fenêtre…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="72"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="169"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="171"/>
        <source>&amp;About PactDesk</source>
        <translation>À &amp;propos de PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="332"/>
        <source>PactDesk cannot open {name}</source>
        <translation>PactDesk ne peut pas ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="351"/>
        <source>{state} — contribution for the {cycle} cycle</source>
        <translation>{state} — contribution pour le cycle {cycle}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="358"/>
        <source>&amp;Open for editing</source>
        <translation>&amp;Ouvrir pour modifier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="366"/>
        <source>FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. It is not the position of any Member State; the Member State it names is only a placeholder. Change anything you like.</source>
        <translation>EXEMPLE FICTIF — cette contribution est inventée pour montrer le fonctionnement de PactDesk. Elle ne reflète la position d&apos;aucun État membre&#xa0;; l&apos;État membre cité ne l&apos;est qu&apos;à titre d&apos;illustration. Modifiez ce que vous voulez.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="375"/>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="500"/>
        <source>The draft is still open in the other PactDesk; it stays read-only here.</source>
        <translation>Le projet est toujours ouvert dans l&apos;autre PactDesk&#xa0;; il reste en lecture seule ici.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="510"/>
        <source>Your last changes are still being saved</source>
        <translation>Vos dernières modifications sont en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="511"/>
        <source>PactDesk could not finish saving; the draft stays open.</source>
        <translation>PactDesk n&apos;a pas pu terminer l&apos;enregistrement&#xa0;; le projet reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="552"/>
        <source>Your latest changes are not saved</source>
        <translation>Vos dernières modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="553"/>
        <source>PactDesk could not save your latest changes: {error}</source>
        <translation>PactDesk n&apos;a pas pu enregistrer vos dernières modifications&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="556"/>
        <source>If you close now, what you typed since the last save is lost. Keep the window open while you free some disk space or reconnect the drive; PactDesk keeps trying.</source>
        <translation>Si vous fermez maintenant, ce que vous avez saisi depuis le dernier enregistrement sera perdu. Gardez la fenêtre ouverte le temps de libérer de l&apos;espace disque ou de reconnecter le lecteur&#xa0;; PactDesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="560"/>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="562"/>
        <source>Close and lose the changes</source>
        <translation>Fermer et perdre les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="88"/>
        <location filename="../../pactdesk/ui/main_window.py" line="594"/>
        <source>Open a draft</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="94"/>
        <source>This draft is open in another PactDesk, on this or another computer.</source>
        <translation>Ce projet est ouvert dans un autre PactDesk, sur cet ordinateur ou un autre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="96"/>
        <source>This draft is open in another PactDesk window on this computer.</source>
        <translation>Ce projet est ouvert dans une autre fenêtre PactDesk sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="98"/>
        <source>{user} has this draft open in another PactDesk, on the computer “{computer}”.</source>
        <translation>{user} a ouvert ce projet dans un autre PactDesk, sur l&apos;ordinateur «&#xa0;{computer}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="101"/>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="105"/>
        <source>You can read it here; to change it, close it there, then press “Open for editing”.</source>
        <translation>Vous pouvez le lire ici&#xa0;; pour le modifier, fermez-le là-bas, puis appuyez sur «&#xa0;Ouvrir pour modifier&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="404"/>
        <source>This is a local working copy of {original}. When you are done, copy it back (File › Copy the working copy back).</source>
        <translation>Ceci est une copie de travail locale de {original}. Quand vous avez terminé, recopiez-la (Fichier › Recopier la copie de travail).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="407"/>
        <location filename="../../pactdesk/ui/main_window.py" line="475"/>
        <source>Copy &amp;back now</source>
        <translation>&amp;Recopier maintenant</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="411"/>
        <source>in {name}, a synchronised folder</source>
        <translation>dans {name}, un répertoire synchronisé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="413"/>
        <source>on {name}</source>
        <translation>sur {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="417"/>
        <source>This draft is kept {where}. Locking the file there is not reliable, so two people could overwrite each other&apos;s work. Work on a local copy on this computer and copy it back when you are done.</source>
        <translation>Ce projet est conservé {where}. Le verrouillage du fichier n&apos;y est pas fiable&#xa0;: deux personnes pourraient écraser mutuellement leur travail. Travaillez sur une copie locale sur cet ordinateur et recopiez-la quand vous avez terminé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="421"/>
        <source>Work on a &amp;local copy</source>
        <translation>Travailler sur une copie &amp;locale</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="445"/>
        <source>The local copy could not be made</source>
        <translation>La copie locale n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="452"/>
        <source>You are working on a local copy; the draft on the share is unchanged.</source>
        <translation>Vous travaillez sur une copie locale&#xa0;; le projet sur le partage réseau est inchangé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="468"/>
        <source>The working copy was not copied back</source>
        <translation>La copie de travail n&apos;a pas été recopiée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="470"/>
        <source>Copied back to {original} at {time}.</source>
        <translation>Recopiée vers {original} à {time}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="474"/>
        <source>You can go on here and copy back again later.</source>
        <translation>Vous pouvez continuer ici et recopier à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="483"/>
        <source>Where to keep drafts</source>
        <translation>Où conserver les projets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="489"/>
        <source>New drafts are kept in {folder}.</source>
        <translation>Les nouveaux projets sont conservés dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="607"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="613"/>
        <source>The example could not be made</source>
        <translation>L&apos;exemple n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="656"/>
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="707"/>
        <source>Checks: political assessment {id}</source>
        <translation>Contrôles&#xa0;: évaluation politique {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="709"/>
        <source>Checks: commitment {id}</source>
        <translation>Contrôles&#xa0;: engagement {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="719"/>
        <source>Read-only: nothing you see here can be changed.</source>
        <translation>Lecture seule&#xa0;: rien de ce qui est affiché ici ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="722"/>
        <source>Not saved yet — retrying</source>
        <translation>Pas encore enregistré — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="725"/>
        <source>Your latest changes could not be saved: {error}. PactDesk keeps them and tries again every few seconds; do not close the window.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées&#xa0;: {error}. PactDesk les conserve et réessaie toutes les quelques secondes&#xa0;; ne fermez pas la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="732"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="735"/>
        <source>All changes saved ({time}). Revision {revision}.</source>
        <translation>Toutes les modifications sont enregistrées ({time}). Révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="741"/>
        <source>Everything you type is saved as you type.</source>
        <translation>Tout ce que vous saisissez est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="770"/>
        <source>Every question of the Commission has an answer.</source>
        <translation>Toutes les questions de la Commission ont une réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="772"/>
        <source>Every field has an answer.</source>
        <translation>Tous les champs sont remplis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/main_window.py" line="869"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n champ modifié</numerusform>
            <numerusform>%n champs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/main_window.py" line="871"/>
        <source>%n conflict(s) kept the draft&apos;s text</source>
        <translation>
            <numerusform>%n conflit a conservé le texte du projet</numerusform>
            <numerusform>%n conflits ont conservé le texte du projet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="874"/>
        <source>Workbook imported: {counts}.</source>
        <translation>Classeur importé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="877"/>
        <source>Changed: {fields}{more}</source>
        <translation>Modifié&#xa0;: {fields}{more}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="902"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="129"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="131"/>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Next / previous field on the page</source>
        <extracomment>Keys that belong to no menu item (Qt&apos;s own behaviour of a control), for the help.</extracomment>
        <translation>Champ suivant / précédent de la page</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="115"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="41"/>
        <source>Find in the whole contribution</source>
        <translation>Rechercher dans toute la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>Leave a table</source>
        <translation>Quitter un tableau</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="928"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="933"/>
        <source>About PactDesk</source>
        <translation>À propos de PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="935"/>
        <source>PactDesk — write, check, sign off and submit a Member State&apos;s contribution on the European Pact on Immigration and Asylum (COM(2009) 266).</source>
        <translation>PactDesk — rédiger, contrôler, approuver et soumettre la contribution d&apos;un État membre sur le Pacte européen sur l&apos;immigration et l&apos;asile (COM(2009) 266).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="57"/>
        <source>Part I</source>
        <extracomment>A custom role: the page key of a row (&quot;political/I&quot;, &quot;commitment/I.a&quot;), or &quot;&quot;.</extracomment>
        <translation>Partie I</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="61"/>
        <source>Part II</source>
        <translation>Partie II</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="188"/>
        <source>{area}. {title}</source>
        <translation>{area}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="191"/>
        <source>{answered}/{total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="198"/>
        <source>1 question of the Commission unanswered</source>
        <translation>1 question de la Commission sans réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="200"/>
        <source>{n} questions of the Commission unanswered</source>
        <translation>{n} questions de la Commission sans réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="204"/>
        <source>Commitment {id}, {title}: {state}</source>
        <translation>Engagement {id}, {title}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="208"/>
        <source>Political assessment {id}, {title}: {state}</source>
        <translation>Évaluation politique {id}, {title}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="228"/>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="230"/>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="231"/>
        <source>{answered} of {total} fields answered</source>
        <translation>{answered} champs remplis sur {total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="166"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="167"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="168"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="260"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="169"/>
        <source>Comparability</source>
        <translation>Comparabilité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="183"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="210"/>
        <source>Harmonised</source>
        <translation>Harmonisé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="183"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="210"/>
        <source>Not comparable</source>
        <translation>Non comparable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="215"/>
        <source>Tick only for data collected to harmonised standards (e.g. Eurostat). National data is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>À cocher uniquement pour les données collectées selon des normes harmonisées (par exemple Eurostat). Les données nationales sont marquées «&#xa0;non comparable&#xa0;», comme le signale le document de la Commission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="260"/>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="20"/>
        <source>&amp;Findings for this item</source>
        <translation>&amp;Constats pour cet élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="24"/>
        <source>Findings for this item</source>
        <translation>Constats pour cet élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To fix: </source>
        <translation>À corriger&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To look at: </source>
        <translation>À examiner&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="58"/>
        <source>Nothing to fix on this item.</source>
        <translation>Rien à corriger sur cet élément.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="66"/>
        <source>%n problem(s) to fix before submission.</source>
        <translation>
            <numerusform>%n problème à corriger avant la soumission.</numerusform>
            <numerusform>%n problèmes à corriger avant la soumission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="68"/>
        <source>%n point(s) to look at.</source>
        <translation>
            <numerusform>%n point à examiner.</numerusform>
            <numerusform>%n points à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="69"/>
        <source>Press Enter on a finding to go to its field.</source>
        <translation>Appuyez sur Entrée sur un constat pour aller à son champ.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/editor.py" line="156"/>
        <source>Contents of the contribution</source>
        <extracomment>How long typing must pause before the whole contribution is checked again.</extracomment>
        <translation>Sommaire de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/fields.py" line="161"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="127"/>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="39"/>
        <source>Fi&amp;nd in the whole contribution:</source>
        <translation>Rec&amp;hercher dans toute la contribution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="42"/>
        <source>Words in any answer, prompt, data point or reference</source>
        <translation>Mots dans une réponse, une question, une donnée ou une référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="45"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="49"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="120"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="50"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="52"/>
        <source>Previous match ({key})</source>
        <translation>Occurrence précédente ({key})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="59"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="118"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="60"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="62"/>
        <source>Next match ({key})</source>
        <translation>Occurrence suivante ({key})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="70"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="105"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>{n} matches</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="111"/>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="44"/>
        <source>This template sets no deadline for Member States.</source>
        <translation>Ce modèle ne fixe aucune échéance aux États membres.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="48"/>
        <source>Every Member State deadline of the {cycle} cycle has passed; the last was {date} ({wording}): {what}</source>
        <translation>Toutes les échéances des États membres du cycle {cycle} sont passées&#xa0;; la dernière était le {date} ({wording})&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="60"/>
        <source>due today</source>
        <translation>à rendre aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="62"/>
        <source>1 day left</source>
        <translation>il reste 1 jour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="64"/>
        <source>{n} days left</source>
        <translation>il reste {n} jours</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="66"/>
        <source>Next deadline: {date} ({wording}) — {what} {left}.</source>
        <translation>Prochaine échéance&#xa0;: {date} ({wording}) — {what} {left}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="101"/>
        <source>Completeness of the contribution</source>
        <translation>Complétude de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="141"/>
        <source>{percent} complete</source>
        <translation>{percent} complété</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="144"/>
        <source>{answered} of {total} fields answered · {errors} to fix · {warnings} to look at</source>
        <translation>{answered} champs remplis sur {total} · {errors} à corriger · {warnings} à examiner</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="113"/>
        <source>{id} — question “{text}”</source>
        <translation>{id} — question «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="122"/>
        <source>imported from {name}</source>
        <translation>importé de {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="132"/>
        <source>rows changed</source>
        <translation>lignes modifiées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="136"/>
        <source>written ({words})</source>
        <translation>rédigé ({words})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="138"/>
        <source>emptied ({words} removed)</source>
        <translation>vidé ({words} en moins)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="141"/>
        <source>{words} added</source>
        <translation>{words} en plus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="143"/>
        <source>{words} removed</source>
        <translation>{words} en moins</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="144"/>
        <source>edited, same length</source>
        <translation>modifié, même longueur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="150"/>
        <source>C&amp;hanges to this item, newest first</source>
        <translation>&amp;Modifications de cet élément, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="155"/>
        <source>Changes to this item</source>
        <translation>Modifications de cet élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="159"/>
        <source>Every change is kept in the draft&apos;s history, chained so that an altered history shows.</source>
        <translation>Chaque modification est conservée dans l&apos;historique du projet, chaînée de sorte qu&apos;une altération de l&apos;historique se voit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="177"/>
        <source>{when} · {author}{source}
{field}: {change}</source>
        <translation>{when} · {author}{source}
{field}&#xa0;: {change}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="190"/>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="121"/>
        <source>What the Annex asks</source>
        <translation>Ce que demande l&apos;annexe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="126"/>
        <source>The Pact&apos;s main commitment for this area</source>
        <translation>L&apos;engagement principal du Pacte pour ce domaine</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="142"/>
        <source>Part I · {title}</source>
        <translation>Partie I · {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="144"/>
        <source>{id}. {title}</source>
        <translation>{id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="146"/>
        <source>Political assessment: {title}</source>
        <translation>Évaluation politique&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="153"/>
        <source>Your Member State&apos;s political assessment of progress since the Pact was adopted in October 2008, for this policy area.</source>
        <translation>L&apos;évaluation politique, par votre État membre, des progrès accomplis dans ce domaine d&apos;action depuis l&apos;adoption du Pacte en octobre 2008.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="162"/>
        <source>Part II for this area so far: {complete} of {n} commitments complete.</source>
        <translation>Partie II pour ce domaine à ce jour&#xa0;: {complete} engagements complets sur {n}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="167"/>
        <source>1 question of the Commission is still unanswered.</source>
        <translation>1 question de la Commission est encore sans réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="169"/>
        <source>{n} questions of the Commission are still unanswered.</source>
        <translation>{n} questions de la Commission sont encore sans réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="183"/>
        <source>The Commission also asks: the effect of the economic crisis</source>
        <translation>La Commission demande aussi&#xa0;: l&apos;effet de la crise économique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="184"/>
        <source>The Commission also asks for data and trends — if available</source>
        <translation>La Commission demande aussi des données et des tendances — si elles sont disponibles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="185"/>
        <source>The Commission also asks you to report on this</source>
        <translation>La Commission vous demande aussi de rendre compte de ce point</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="245"/>
        <source>Request {n} of {count} · {kind}</source>
        <translation>Demande {n} sur {count} · {kind}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="249"/>
        <source>Answer in words here, and enter the figures in the data table below.</source>
        <translation>Répondez ici par écrit et saisissez les chiffres dans le tableau de données ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="257"/>
        <source>Partly reconstructed: these are not all the Commission&apos;s own words. Where the text came from: {why}</source>
        <translation>Partiellement reconstitué&#xa0;: ce ne sont pas tous les termes exacts de la Commission. Origine du texte&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="278"/>
        <source>The Pact&apos;s text</source>
        <translation>Le texte du Pacte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="288"/>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="295"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="300"/>
        <source>Data points</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="297"/>
        <source>Add data point</source>
        <translation>Ajouter une donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="325"/>
        <source>Add reference</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="299"/>
        <source>Remove data point</source>
        <translation>Supprimer la donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="320"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="328"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="322"/>
        <source>Point to where this is already reported instead of repeating it, e.g. a section of the EMN annual policy report, a Eurostat table or a fund&apos;s annual report.</source>
        <translation>Indiquez où cela figure déjà plutôt que de le répéter, par exemple une section du rapport politique annuel du REM, un tableau d&apos;Eurostat ou le rapport annuel d&apos;un fonds.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="327"/>
        <source>Remove reference</source>
        <translation>Supprimer la référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="362"/>
        <source>Part II · {id}. {title}</source>
        <translation>Partie II · {id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="363"/>
        <source>Commitment {id}</source>
        <translation>Engagement {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="372"/>
        <source>For this commitment the Commission also asks a question. Please answer it.</source>
        <translation>Pour cet engagement, la Commission pose aussi une question. Veuillez y répondre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="375"/>
        <source>For this commitment the Commission also asks {n} questions. Please answer each.</source>
        <translation>Pour cet engagement, la Commission pose aussi {n} questions. Veuillez répondre à chacune.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="403"/>
        <source>Data points — the Annex asks for data here</source>
        <translation>Données — l&apos;annexe demande des données ici</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="405"/>
        <source>Data and trends for {periods}. National data for 2009 is not collected to harmonised standards: leave “Comparability” unticked and it is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>Données et tendances pour {periods}. Les données nationales de 2009 ne sont pas collectées selon des normes harmonisées&#xa0;: laissez «&#xa0;Comparabilité&#xa0;» décoché et elles seront marquées «&#xa0;non comparable&#xa0;», comme le signale le document de la Commission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="408"/>
        <source>the period asked</source>
        <translation>la période demandée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="410"/>
        <source>Data points (optional)</source>
        <translation>Données (facultatif)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="412"/>
        <source>Figures that support your answers. Data that is not harmonised is marked “not comparable”.</source>
        <translation>Des chiffres à l&apos;appui de vos réponses. Les données non harmonisées sont marquées «&#xa0;non comparable&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="94"/>
        <source>Holds</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="94"/>
        <source>Outdated</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="105"/>
        <source>{name} signed revision {revision} as {role}; the contribution has not changed since.</source>
        <translation>{name} a signé la révision {revision} en tant que {role}&#xa0;; la contribution n&apos;a pas changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="108"/>
        <source>Outdated: {problem}. It must be signed again.</source>
        <translation>Périmée&#xa0;: {problem}. Elle doit être signée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="133"/>
        <source>Reading the sign-offs…</source>
        <translation>Lecture des approbations…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="135"/>
        <source>Sign-off state</source>
        <translation>État des approbations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="141"/>
        <source>Sign-offs of this contribution</source>
        <translation>Approbations de cette contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="152"/>
        <source>Sign &amp;off…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="173"/>
        <source>Every required sign-off holds at revision {revision}.</source>
        <translation>Toutes les approbations requises sont valables à la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="179"/>
        <source>{role} (outdated)</source>
        <translation>{role} (périmée)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="182"/>
        <source>Revision {revision} still needs a sign-off as: {roles}.</source>
        <translation>La révision {revision} doit encore être approuvée en tant que&#xa0;: {roles}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="189"/>
        <source>1 earlier sign-off no longer holds: the contribution changed after it.</source>
        <translation>1 approbation antérieure n&apos;est plus valable&#xa0;: la contribution a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="193"/>
        <source>{count} earlier sign-offs no longer hold: the contribution changed after them.</source>
        <translation>{count} approbations antérieures ne sont plus valables&#xa0;: la contribution a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="201"/>
        <source>The sign-offs could not be read: {problem}</source>
        <translation>Les approbations n&apos;ont pas pu être lues&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="33"/>
        <source>Welcome to PactDesk</source>
        <translation>Bienvenue dans PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="36"/>
        <source>PactDesk helps your ministry write your Member State&apos;s annual contribution on the European Pact on Immigration and Asylum, following the Commission&apos;s template (COM(2009) 266, Annex) — and get it checked, signed off and submitted.</source>
        <translation>PactDesk aide votre ministère à rédiger la contribution annuelle de votre État membre sur le Pacte européen sur l&apos;immigration et l&apos;asile, selon le modèle de la Commission (COM(2009) 266, annexe) — puis à la faire contrôler, approuver et soumettre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="51"/>
        <source>How it works</source>
        <translation>Comment cela fonctionne</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="57"/>
        <source>Part I: write a short political assessment for each of the Pact&apos;s five policy areas.</source>
        <translation>Partie I&#xa0;: rédigez une brève évaluation politique pour chacun des cinq domaines d&apos;action du Pacte.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="61"/>
        <source>Part II: for each commitment of the Pact, describe the main actions undertaken and the most significant developments planned, and answer the Commission&apos;s extra questions — they are shown as orange cards so that none is missed.</source>
        <translation>Partie II&#xa0;: pour chaque engagement du Pacte, décrivez les principales actions entreprises et les évolutions les plus importantes prévues, et répondez aux questions supplémentaires de la Commission — elles apparaissent sur des fiches orange pour qu&apos;aucune ne soit oubliée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="67"/>
        <source>Everything you type is saved as you type. There is no Save button, and nothing is lost if the computer stops.</source>
        <translation>Tout ce que vous saisissez est enregistré au fur et à mesure. Il n&apos;y a pas de bouton Enregistrer, et rien n&apos;est perdu si l&apos;ordinateur s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="71"/>
        <source>The checks on the right tell you what is still missing before the deadline.</source>
        <translation>Les contrôles à droite vous indiquent ce qui manque encore avant l&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="82"/>
        <source>&amp;Open a draft…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="83"/>
        <source>Look at a &amp;fictional example</source>
        <translation>Voir un &amp;exemple fictif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="95"/>
        <source>The example is an invented contribution, clearly marked as fictional, that you can change freely to look around.</source>
        <translation>L&apos;exemple est une contribution inventée, clairement signalée comme fictive, que vous pouvez modifier librement pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="104"/>
        <source>&amp;Recent drafts</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="107"/>
        <source>Recent drafts</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="108"/>
        <source>One click opens a draft</source>
        <translation>Un clic ouvre un projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="118"/>
        <source>No draft opened yet on this computer.</source>
        <translation>Aucun projet n&apos;a encore été ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="98"/>
        <source>Merge a colleague&apos;s return</source>
        <translation>Fusionner le retour d&apos;un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="103"/>
        <source>No return chosen</source>
        <translation>Aucun retour choisi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="105"/>
        <source>Return &amp;file:</source>
        <translation>&amp;Fichier de retour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="108"/>
        <source>Choose a return package</source>
        <translation>Choisir un paquet de retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="117"/>
        <source>Choose the package (.pdx) a colleague sent back. PactDesk shows every change it brings before anything is written.</source>
        <translation>Choisissez le paquet (.pdx) renvoyé par un ou une collègue. PactDesk montre chaque modification qu&apos;il apporte avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="127"/>
        <source>What the return would do</source>
        <translation>Ce que ferait le retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="128"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="187"/>
        <source>Incoming changes</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="133"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="135"/>
        <source>Merge the accepted changes</source>
        <translation>Fusionner les modifications acceptées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="153"/>
        <source>Resolve open conflicts</source>
        <translation>Résoudre les conflits en suspens</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="158"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="159"/>
        <source>Resolve the conflicts as decided</source>
        <translation>Résoudre les conflits comme décidé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="172"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit en suspens.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="189"/>
        <source>Incoming c&amp;hanges:</source>
        <translation>&amp;Modifications reçues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="194"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="195"/>
        <source>Accept this change</source>
        <translation>Accepter cette modification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="196"/>
        <source>&amp;Reject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="197"/>
        <source>Reject this change</source>
        <translation>Rejeter cette modification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="198"/>
        <source>Accept a&amp;ll</source>
        <translation>Tout acce&amp;pter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="199"/>
        <source>Accept every change</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="200"/>
        <source>Reject all</source>
        <translation>Tout rejeter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="201"/>
        <source>Reject every change</source>
        <translation>Rejeter toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="218"/>
        <source>The change, old to new: deleted words struck through, inserted words underlined</source>
        <translation>La modification, de l&apos;ancien au nouveau&#xa0;: mots supprimés barrés, mots insérés soulignés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="231"/>
        <source>Conflicts: fields both sides changed</source>
        <translation>Conflits&#xa0;: champs modifiés des deux côtés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="233"/>
        <source>C&amp;onflicts:</source>
        <translation>C&amp;onflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="238"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Garder le nôtre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="239"/>
        <source>Keep this draft&apos;s text</source>
        <translation>Garder le texte de ce projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="240"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre le &amp;leur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="241"/>
        <source>Take the return&apos;s text</source>
        <translation>Prendre le texte du retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="242"/>
        <source>&amp;Use merged text</source>
        <translation>&amp;Utiliser le texte fusionné</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="243"/>
        <source>Use the merged text as edited</source>
        <translation>Utiliser le texte fusionné tel que modifié</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="255"/>
        <source>This draft (ours)</source>
        <translation>Ce projet (le nôtre)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="256"/>
        <source>The return (theirs)</source>
        <translation>Le retour (le leur)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="257"/>
        <source>Merged te&amp;xt (you can edit it)</source>
        <translation>Te&amp;xte fusionné (modifiable)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="279"/>
        <source>Merge a return</source>
        <translation>Fusionner un retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="279"/>
        <source>Exchange packages (*.pdx);;All files (*)</source>
        <translation>Paquets d&apos;échange (*.pdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="317"/>
        <source>Open the encrypted return</source>
        <translation>Ouvrir le retour chiffré</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="318"/>
        <source>Passphrase of {name}&apos;s identity:</source>
        <translation>Phrase secrète de l&apos;identité de {name}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="348"/>
        <source>Incoming changes ({n})</source>
        <translation>Modifications reçues ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="351"/>
        <source>This return was already merged on {when}; merging it again changes nothing.</source>
        <translation>Ce retour a déjà été fusionné le {when}&#xa0;; le fusionner à nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="362"/>
        <source>The return is {sender}. {counts}</source>
        <translation>Le retour est {sender}. {counts}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="380"/>
        <source>The return could not be read: {why}</source>
        <translation>Le retour n&apos;a pas pu être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>merged word by word</source>
        <translation>fusionné mot à mot</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>from the return</source>
        <translation>issu du retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Ours kept</source>
        <translation>Le nôtre gardé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Theirs taken</source>
        <translation>Le leur pris</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="394"/>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="452"/>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="34"/>
        <source>Show the items &amp;of</source>
        <translation>Afficher les éléments &amp;de</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="120"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="169"/>
        <source>%n open conflict(s): this draft&apos;s text stays until you decide.</source>
        <translation>
            <numerusform>%n conflit en suspens&#xa0;: le texte de ce projet reste en place jusqu&apos;à votre décision.</numerusform>
            <numerusform>%n conflits en suspens&#xa0;: le texte de ce projet reste en place jusqu&apos;à votre décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="357"/>
        <source>%n incoming change(s);</source>
        <translation>
            <numerusform>%n modification reçue&#xa0;;</numerusform>
            <numerusform>%n modifications reçues&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="359"/>
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflit.</numerusform>
            <numerusform>%n conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="479"/>
        <source>Merged: %n field(s) changed.</source>
        <translation>
            <numerusform>Fusion terminée&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Fusion terminée&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
</context>
</TS>
