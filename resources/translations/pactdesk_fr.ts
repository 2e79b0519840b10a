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
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
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
        <location filename="../../pactdesk/ui/models/rows.py" line="166"/>
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
        <location filename="../../pactdesk/ui/models/rows.py" line="167"/>
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
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="69"/>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Export the contribution</source>
        <translation>Exporter la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="74"/>
        <source>Choose what to make and where to save it. The draft is not changed.</source>
        <translation>Choisissez ce qu&apos;il faut produire et où l&apos;enregistrer. Le projet n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="99"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="102"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="106"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="320"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="116"/>
        <source>Export progress</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="120"/>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="130"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="69"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="137"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="140"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="324"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;répertoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="185"/>
        <source>Export as {}</source>
        <translation>Exporter en {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="205"/>
        <source>{} exists and will be replaced.</source>
        <translation>{} existe déjà et sera remplacé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="219"/>
        <source>Choose the file to write first.</source>
        <translation>Choisissez d&apos;abord le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="233"/>
        <source>Exporting {}…</source>
        <translation>Export de {}…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="267"/>
        <source>Wrote {} (revision {}).</source>
        <translation>{} a été écrit (révision {}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="269"/>
        <source>Wrote {}.</source>
        <translation>{} a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="282"/>
        <source>The export failed: {} Nothing was written.</source>
        <translation>L&apos;export a échoué&#xa0;: {} Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="320"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="379"/>
        <source>No file manager opened; the file is in {folder}.</source>
        <translation>Aucun gestionnaire de fichiers ne s&apos;est ouvert&#xa0;; le fichier se trouve dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="276"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="314"/>
        <source>No program on this computer opens {}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="55"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="73"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="73"/>
        <source>Import a workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="74"/>
        <source>No workbook chosen</source>
        <translation>Aucun classeur choisi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="75"/>
        <source>Workbook file</source>
        <translation>Fichier du classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="76"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Classeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="77"/>
        <source>Choose a workbook</source>
        <translation>Choisir un classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="79"/>
        <source>Choose the Excel workbook a colleague filled in. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation>Choisissez le classeur Excel rempli par un ou une collègue. PactDesk le lit et montre ce qu&apos;il changerait avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="122"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="120"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="128"/>
        <source>Now in the draft</source>
        <translation>Actuellement dans le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="83"/>
        <source>From the workbook</source>
        <translation>Issu du classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="82"/>
        <source>Changes the workbook brings</source>
        <translation>Modifications apportées par le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi ce n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="134"/>
        <source>Conflicts: the draft&apos;s text is kept</source>
        <translation>Conflits&#xa0;: le texte du projet est conservé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="135"/>
        <source>In the draft (kept)</source>
        <translation>Dans le projet (conservé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="84"/>
        <source>In the workbook (not imported)</source>
        <translation>Dans le classeur (non importé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="85"/>
        <source>Problems in the workbook</source>
        <translation>Problèmes dans le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="147"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="223"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="126"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="297"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="86"/>
        <source>What the workbook would do</source>
        <translation>Ce que ferait le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="338"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="156"/>
        <source>Import the changes</source>
        <translation>Importer les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="87"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="222"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="285"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="295"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="163"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="349"/>
        <source>Conflicts ({n})</source>
        <translation>Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="296"/>
        <source>Changes ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="300"/>
        <source>Filled in by {name}.</source>
        <translation>Rempli par {name}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="88"/>
        <source>The workbook does not say who filled it in; the changes will be yours.</source>
        <translation>Le classeur n&apos;indique pas qui l&apos;a rempli&#xa0;; les modifications seront enregistrées à votre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="305"/>
        <source>Exported from this draft at revision {rev}.</source>
        <translation>Exporté de ce projet à la révision {rev}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="89"/>
        <source>Exported from another draft: it fills only fields that are empty here.</source>
        <translation>Exporté d&apos;un autre projet&#xa0;: il ne remplit que les champs vides ici.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="143"/>
        <source>How the file was read</source>
        <translation>Comment le fichier a été lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="272"/>
        <source>How it was read (%n)</source>
        <translation>
            <numerusform>Lecture (%n)</numerusform>
            <numerusform>Lecture (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="278"/>
        <source>Deleted in the workbook</source>
        <translation>Supprimé dans le classeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="286"/>
        <source>The workbook empties this field: importing deletes the draft&apos;s text.</source>
        <translation>Le classeur vide ce champ&#xa0;: l&apos;import supprime le texte du projet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="311"/>
        <source>%n field(s) will change.</source>
        <translation>
            <numerusform>%n champ va changer.</numerusform>
            <numerusform>%n champs vont changer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="312"/>
        <source>%n conflict(s) keep the draft&apos;s text.</source>
        <translation>
            <numerusform>%n conflit conserve le texte du projet.</numerusform>
            <numerusform>%n conflits conservent le texte du projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="313"/>
        <source>%n field(s) are the same.</source>
        <translation>
            <numerusform>%n champ est identique.</numerusform>
            <numerusform>%n champs sont identiques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import %n change(s)</source>
        <translation>
            <numerusform>&amp;Importer %n modification</numerusform>
            <numerusform>&amp;Importer %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="364"/>
        <source>Importing %n field(s)…</source>
        <translation>
            <numerusform>Import de %n champ…</numerusform>
            <numerusform>Import de %n champs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="374"/>
        <source>Imported: %n field(s) changed.</source>
        <translation>
            <numerusform>Import terminé&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Import terminé&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="335"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="378"/>
        <source>Cannot read the file: {why}</source>
        <translation>Impossible de lire le fichier&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="90"/>
        <source>The workbook could not be read: {why}</source>
        <translation>Le classeur n&apos;a pas pu être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="340"/>
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="44"/>
        <source>Which template?</source>
        <translation>Quel modèle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="45"/>
        <source>The &amp;template that comes with PactDesk:</source>
        <translation>Le &amp;modèle livré avec PactDesk&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="46"/>
        <source>The template that comes with PactDesk</source>
        <translation>Le modèle livré avec PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="48"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="61"/>
        <source>The template holds the Commission&apos;s questions and timetable for one reporting cycle. PactDesk comes with the {cycles} template; a later one loads from its file.</source>
        <translation>Le modèle contient les questions et le calendrier de la Commission pour un cycle de rapport. PactDesk est livré avec le modèle {cycles}&#xa0;; un modèle ultérieur se charge depuis son fichier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="65"/>
        <source>A template &amp;file:</source>
        <translation>Un &amp;fichier de modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="66"/>
        <source>A template file</source>
        <translation>Un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="68"/>
        <source>Template file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="70"/>
        <source>Browse for a template file</source>
        <translation>Rechercher un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Choose a template file</source>
        <translation>Choisir un fichier de modèle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Template files (*.json)</source>
        <translation>Fichiers de modèle (*.json)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="129"/>
        <source>Whose contribution, in which language?</source>
        <translation>La contribution de qui, dans quelle langue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="130"/>
        <source>You can write in any official language of the EU.</source>
        <translation>Vous pouvez rédiger dans n&apos;importe quelle langue officielle de l&apos;UE.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="132"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member State</source>
        <translation>État membre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="135"/>
        <source>Reporting cycle</source>
        <translation>Cycle de rapport</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="137"/>
        <source>Language of the contribution</source>
        <translation>Langue de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="141"/>
        <source>Where to keep the draft</source>
        <translation>Où conserver le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="142"/>
        <source>B&amp;rowse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="143"/>
        <source>Choose where to keep the draft</source>
        <translation>Choisir où conserver le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="152"/>
        <source>&amp;Member State:</source>
        <translation>État &amp;membre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="153"/>
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
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="154"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="57"/>
        <source>The window changes language the next time PactDesk starts.</source>
        <translation>La fenêtre changera de langue au prochain démarrage de PactDesk.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="51"/>
        <source>Sign-off authority (CA)</source>
        <translation>Autorité d&apos;approbation (AC)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="56"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="112"/>
        <source>Looking for a sign-off CA on this computer…</source>
        <translation>Recherche d&apos;une AC d&apos;approbation sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="58"/>
        <source>The sign-off CA of this computer</source>
        <translation>L&apos;AC d&apos;approbation de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="62"/>
        <source>Make the ministry&apos;s sign-off CA</source>
        <translation>Créer l&apos;AC d&apos;approbation du ministère</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="65"/>
        <source>Name of the CA</source>
        <translation>Nom de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="66"/>
        <source>e.g. Ministry of the Interior sign-off CA</source>
        <translation>p. ex. AC d&apos;approbation du ministère de l&apos;Intérieur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="71"/>
        <source>Organisation of the CA</source>
        <translation>Organisation de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="72"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="77"/>
        <source>&amp;Make the CA</source>
        <translation>&amp;Créer l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="78"/>
        <source>Make the CA</source>
        <translation>Créer l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="84"/>
        <source>Give recipients the CA&apos;s certificate</source>
        <translation>Remettre aux destinataires le certificat de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="88"/>
        <source>The Commission&apos;s desk officer needs this file to check who signed your bundle. Send it separately from the bundle.</source>
        <translation>Le gestionnaire de dossier de la Commission a besoin de ce fichier pour vérifier qui a signé votre dossier de soumission. Envoyez-le séparément du dossier de soumission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="95"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="79"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="96"/>
        <source>Where to save the CA certificate</source>
        <translation>Où enregistrer le certificat de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="101"/>
        <source>&amp;Export the certificate</source>
        <translation>&amp;Exporter le certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="102"/>
        <source>Export the CA certificate</source>
        <translation>Exporter le certificat de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="118"/>
        <source>For issuing and revoking. Leave it empty if the keyring keeps it.</source>
        <translation>Pour délivrer et révoquer. Laissez-la vide si le trousseau de clés la conserve.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="125"/>
        <source>Issue a colleague&apos;s certificate</source>
        <translation>Délivrer le certificat d&apos;un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="128"/>
        <source>Their &amp;request:</source>
        <translation>Sa &amp;demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="129"/>
        <source>The colleague&apos;s certificate request</source>
        <translation>La demande de certificat du ou de la collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="135"/>
        <source>Who the request is from</source>
        <translation>De qui vient la demande</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="138"/>
        <source>Save the &amp;certificate as:</source>
        <translation>Enregistrer le &amp;certificat sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="139"/>
        <source>Where to save the issued certificate</source>
        <translation>Où enregistrer le certificat délivré</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="113"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="119"/>
        <source>Passphrase of the sign-off CA</source>
        <translation>Phrase secrète de l&apos;AC d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="114"/>
        <source>CA &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="144"/>
        <source>&amp;Issue the certificate</source>
        <translation>&amp;Délivrer le certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="145"/>
        <source>Issue the certificate</source>
        <translation>Délivrer le certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="151"/>
        <source>Revoke a certificate</source>
        <translation>Révoquer un certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="154"/>
        <source>Certificate to re&amp;voke:</source>
        <translation>Certificat à ré&amp;voquer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="155"/>
        <source>The certificate to revoke</source>
        <translation>Le certificat à révoquer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="160"/>
        <source>Why it is revoked</source>
        <translation>Pourquoi il est révoqué</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="162"/>
        <source>The key may be known to someone else</source>
        <translation>La clé est peut-être connue d&apos;une autre personne</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="163"/>
        <source>The person changed post or organisation</source>
        <translation>La personne a changé de poste ou d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="164"/>
        <source>Replaced by a new certificate</source>
        <translation>Remplacé par un nouveau certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="165"/>
        <source>The person no longer signs for the ministry</source>
        <translation>La personne ne signe plus pour le ministère</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="166"/>
        <source>No reason given</source>
        <translation>Sans motif indiqué</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="169"/>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="172"/>
        <source>Revoke the cer&amp;tificate</source>
        <translation>Révoquer le cer&amp;tificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="173"/>
        <source>Revoke the certificate</source>
        <translation>Révoquer le certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="181"/>
        <source>Save the &amp;list as:</source>
        <translation>Enregistrer la &amp;liste sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="182"/>
        <source>Where to save the revocation list</source>
        <translation>Où enregistrer la liste de révocation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="183"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation>Listes de révocation (*.crl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="187"/>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="188"/>
        <source>Save the revocation list</source>
        <translation>Enregistrer la liste de révocation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="228"/>
        <source>This computer holds no sign-off CA. The coordinator makes one, once, on their own computer; colleagues send their certificate requests to it.</source>
        <translation>Cet ordinateur ne détient aucune AC d&apos;approbation. Le coordinateur ou la coordinatrice en crée une, une seule fois, sur son propre ordinateur&#xa0;; les collègues lui envoient leurs demandes de certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="235"/>
        <source>This computer holds the sign-off CA &apos;{name}&apos; (valid until {date}).</source>
        <translation>Cet ordinateur détient l&apos;AC d&apos;approbation «&#xa0;{name}&#xa0;» (valable jusqu&apos;au {date}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="245"/>
        <source>Publish the revocation list where the certificates say it is ({url}), and give it to whoever makes the bundle: the bundle carries it.</source>
        <translation>Publiez la liste de révocation là où les certificats l&apos;indiquent ({url}) et remettez-la à la personne qui constitue le dossier de soumission&#xa0;: le dossier la contient.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="258"/>
        <source>Give the CA a name.</source>
        <translation>Donnez un nom à l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="271"/>
        <source>Making the CA…</source>
        <translation>Création de l&apos;AC…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="280"/>
        <source>Made the sign-off CA &apos;{name}&apos; on this computer; its key is kept encrypted. {kept} Now export its certificate for recipients.</source>
        <translation>L&apos;AC d&apos;approbation «&#xa0;{name}&#xa0;» a été créée sur cet ordinateur&#xa0;; sa clé est conservée chiffrée. {kept} Exportez maintenant son certificat pour les destinataires.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="288"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="257"/>
        <source>Nothing was made.</source>
        <translation>Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="295"/>
        <source>Choose where to save the certificate first.</source>
        <translation>Choisissez d&apos;abord où enregistrer le certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="303"/>
        <source>Saving the certificate…</source>
        <translation>Enregistrement du certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="308"/>
        <source>Saved the certificate of &apos;{name}&apos; in {path}. Send it to the recipients separately from the bundle.</source>
        <translation>Le certificat de «&#xa0;{name}&#xa0;» a été enregistré dans {path}. Envoyez-le aux destinataires séparément du dossier de soumission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="330"/>
        <source>The request is from {name} ({organisation}, {email}).</source>
        <translation>La demande vient de {name} ({organisation}, {email}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="347"/>
        <source>Choose the request and where to save the certificate.</source>
        <translation>Choisissez la demande et l&apos;emplacement du certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="351"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="362"/>
        <source>Issuing the certificate…</source>
        <translation>Délivrance du certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="375"/>
        <source>Issued a signing certificate for {name} ({organisation}), valid until {date}, in {path}. Send it back to them: they install it under Signing identities → Install a certificate.</source>
        <translation>Un certificat de signature a été délivré pour {name} ({organisation}), valable jusqu&apos;au {date}, dans {path}. Renvoyez-le à cette personne&#xa0;: elle l&apos;installe sous Identités de signature → Installer un certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="390"/>
        <source>Nothing was issued.</source>
        <translation>Rien n&apos;a été délivré.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="397"/>
        <source>Choose the certificate to revoke first.</source>
        <translation>Choisissez d&apos;abord le certificat à révoquer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="406"/>
        <source>Revoking the certificate…</source>
        <translation>Révocation du certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="414"/>
        <source>Revoked the certificate of {name} ({email}) as of {date}. Its signatures made from now on do not count. Save the revocation list and publish it.</source>
        <translation>Le certificat de {name} ({email}) est révoqué depuis le {date}. Les signatures faites désormais avec lui ne comptent pas. Enregistrez la liste de révocation et publiez-la.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="426"/>
        <source>Nothing was revoked.</source>
        <translation>Rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="431"/>
        <source>Choose where to save the revocation list first.</source>
        <translation>Choisissez d&apos;abord où enregistrer la liste de révocation.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="440"/>
        <source>Saving the revocation list…</source>
        <translation>Enregistrement de la liste de révocation…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="447"/>
        <source>Saved the revocation list in {path}; it is current for {days} days.</source>
        <translation>Liste de révocation enregistrée dans {path}&#xa0;; elle est à jour pour {days} jours.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <source>Keep the draft as</source>
        <translation>Conserver le projet sous</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>PactDesk drafts (*.pactdesk)</source>
        <translation>Projets PactDesk (*.pactdesk)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="206"/>
        <source>Please say where to keep the draft.</source>
        <translation>Veuillez indiquer où conserver le projet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="216"/>
        <source>There is already a file {name} there; choose another name.</source>
        <translation>Un fichier {name} existe déjà à cet endroit&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="224"/>
        <source>The draft could not be made: {reason}</source>
        <translation>Le projet n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="248"/>
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
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="68"/>
        <source>ready to sign — issued by {issuer}, valid until {date}</source>
        <translation>prête à signer — délivrée par {issuer}, valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="71"/>
        <source>waiting for its certificate from the coordinator</source>
        <translation>en attente de son certificat, à délivrer par la coordination</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="81"/>
        <source>New signing identity</source>
        <translation>Nouvelle identité de signature</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="90"/>
        <source>A signing identity is your key for signing off the contribution. It stays on this computer, locked by a passphrase only you know.</source>
        <translation>Une identité de signature est votre clé pour approuver la contribution. Elle reste sur cet ordinateur, protégée par une phrase secrète que vous seul(e) connaissez.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="102"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="38"/>
        <source>Contribution details</source>
        <translation>Détails de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="43"/>
        <source>The ministry that sends this contribution and the person the Commission can contact about it. They are printed on the cover of the PDF and signed with the contribution: saving them makes a new version, so sign-offs made before must be made again.</source>
        <translation>Le ministère qui envoie cette contribution et la personne que la Commission peut contacter à son sujet. Ils figurent sur la couverture du PDF et sont signés avec la contribution : les enregistrer crée une nouvelle version, et les approbations données avant doivent être données à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Name of the contact point</source>
        <translation>Nom de la personne de contact</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <source>E-mail of the contact point</source>
        <translation>Courriel de la personne de contact</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>Telephone of the contact point</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="68"/>
        <source>name@ministry.example</source>
        <translation>nom@ministere.example</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="69"/>
        <source>+32 2 123 45 67</source>
        <translation>+32 2 123 45 67</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="74"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="75"/>
        <source>Save the details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="104"/>
        <source>This draft is open read-only; the details cannot be changed.</source>
        <translation>Ce projet est ouvert en lecture seule ; les détails ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="120"/>
        <source>Nothing to save: the details are unchanged.</source>
        <translation>Rien à enregistrer : les détails sont inchangés.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="124"/>
        <source>The details were not saved.</source>
        <translation>Les détails n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="129"/>
        <source>Saving the details…</source>
        <translation>Enregistrement des détails…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="142"/>
        <source>Saved the details (revision {revision}). Any sign-off made before now is outdated.</source>
        <translation>Détails enregistrés (révision {revision}). Toute approbation donnée avant est désormais périmée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="114"/>
        <source>Who issues the certificate</source>
        <translation>Qui délivre le certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="120"/>
        <source>&amp;CA passphrase:</source>
        <translation>Phrase secrète de l&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="125"/>
        <source>Save the &amp;request as:</source>
        <translation>Enregistrer la &amp;demande sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="126"/>
        <source>Where to save the certificate request</source>
        <translation>Où enregistrer la demande de certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="134"/>
        <source>&amp;Make the identity</source>
        <translation>&amp;Créer l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="156"/>
        <source>This computer holds the sign-off CA &apos;{ca}&apos;: the certificate is issued at once. Type the CA&apos;s passphrase.</source>
        <translation>Cet ordinateur détient l&apos;AC d&apos;approbation «&#xa0;{ca}&#xa0;»&#xa0;: le certificat est délivré immédiatement. Saisissez la phrase secrète de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="163"/>
        <source>This computer holds no sign-off CA, so PactDesk saves a certificate request: send it to your coordinator, then install the certificate that comes back (Install a certificate…).</source>
        <translation>Cet ordinateur ne détient aucune AC d&apos;approbation&#xa0;; PactDesk enregistre donc une demande de certificat&#xa0;: envoyez-la à votre coordinateur ou coordinatrice, puis installez le certificat reçu en retour (Installer un certificat…).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="199"/>
        <source>{path} already exists; choose another name for the request.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom pour la demande.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="226"/>
        <source>Making the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="242"/>
        <source>Made a signing identity for {name}; its certificate was issued by the CA &apos;{ca}&apos;: ready to sign. {kept}</source>
        <translation>Une identité de signature a été créée pour {name}&#xa0;; son certificat a été délivré par l&apos;AC «&#xa0;{ca}&#xa0;»&#xa0;: prête à signer. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="247"/>
        <source>Made a signing identity for {name}. The certificate request is saved in {path}: send it to your coordinator, then install the certificate that comes back with Install a certificate…. {kept}</source>
        <translation>Une identité de signature a été créée pour {name}. La demande de certificat est enregistrée dans {path}&#xa0;: envoyez-la à votre coordinateur ou coordinatrice, puis installez le certificat reçu en retour avec Installer un certificat…. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="269"/>
        <source>Install a certificate</source>
        <translation>Installer un certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="273"/>
        <source>Choose the certificate file your coordinator sent back for your request. PactDesk finds the identity it belongs to.</source>
        <translation>Choisissez le fichier de certificat que votre coordinateur ou coordinatrice a renvoyé pour votre demande. PactDesk trouve l&apos;identité à laquelle il appartient.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="277"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="278"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="281"/>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="282"/>
        <source>Choose the certificate file first.</source>
        <translation>Choisissez d&apos;abord le fichier de certificat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="283"/>
        <source>Installing the certificate…</source>
        <translation>Installation du certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="293"/>
        <source>Installed the certificate of {name} (issued by {issuer}): ready to sign.</source>
        <translation>Le certificat de {name} (délivré par {issuer}) est installé&#xa0;: prête à signer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="284"/>
        <source>Nothing was installed.</source>
        <translation>Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="307"/>
        <source>Import a signing identity</source>
        <translation>Importer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="313"/>
        <source>Choose the .p12 (or .pfx) file your ministry gave you. Its password becomes the passphrase of the identity.</source>
        <translation>Choisissez le fichier .p12 (ou .pfx) fourni par votre ministère. Son mot de passe devient la phrase secrète de l&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="321"/>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="322"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers d&apos;identité (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="328"/>
        <source>Password of the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="329"/>
        <source>&amp;Password of the file:</source>
        <translation>&amp;Mot de passe du fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="351"/>
        <source>Choose the file first.</source>
        <translation>Choisissez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="360"/>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="368"/>
        <source>Imported {name} ({organisation}): ready to sign. {kept}</source>
        <translation>{name} ({organisation}) a été importé&#xa0;: prête à signer. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="377"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="385"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="398"/>
        <source>Signing identities</source>
        <translation>Identités de signature</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="390"/>
        <source>Reading the identities on this computer…</source>
        <translation>Lecture des identités de cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="392"/>
        <source>Signing identities on this computer</source>
        <translation>Identités de signature de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="408"/>
        <source>&amp;New identity…</source>
        <translation>&amp;Nouvelle identité…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="409"/>
        <source>&amp;Import from a .p12 file…</source>
        <translation>&amp;Importer depuis un fichier .p12…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="410"/>
        <source>Install a &amp;certificate…</source>
        <translation>Installer un &amp;certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="411"/>
        <source>Save the certificate &amp;request…</source>
        <translation>Enregistrer la &amp;demande de certificat…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="450"/>
        <source>There is no signing identity on this computer yet. Make one (New identity…) or import the one your ministry gave you.</source>
        <translation>Il n&apos;y a encore aucune identité de signature sur cet ordinateur. Créez-en une (Nouvelle identité…) ou importez celle que votre ministère vous a fournie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="457"/>
        <source>%n signing identity(ies) on this computer; ready to sign: {ready}.</source>
        <translation>
            <numerusform>%n identité de signature sur cet ordinateur&#xa0;; prête à signer&#xa0;: {ready}.</numerusform>
            <numerusform>%n identités de signature sur cet ordinateur&#xa0;; prêtes à signer&#xa0;: {ready}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="487"/>
        <source>Save the certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="499"/>
        <source>Saved {name}&apos;s certificate request in {path}: send it to your coordinator.</source>
        <translation>La demande de certificat de {name} a été enregistrée dans {path}&#xa0;: envoyez-la à votre coordinateur ou coordinatrice.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="49"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="84"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="85"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="93"/>
        <source>political assessment, area {area}</source>
        <translation>évaluation politique, domaine {area}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="102"/>
        <source>Assign items</source>
        <translation>Attribuer des éléments</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="105"/>
        <source>Items to assign</source>
        <translation>Éléments à attribuer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="117"/>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="121"/>
        <source>&amp;Items (Space ticks one):</source>
        <translation>&amp;Éléments (Espace en coche un)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="122"/>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Attribué à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="123"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministère&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="140"/>
        <source>Tick at least one item and say whom it is assigned to.</source>
        <translation>Cochez au moins un élément et indiquez à qui il est attribué.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="150"/>
        <source>Send items to a colleague</source>
        <translation>Envoyer des éléments à un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="153"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Assignee</source>
        <translation>Destinataire de l&apos;attribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="157"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <source>Package file</source>
        <translation>Fichier de paquet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="159"/>
        <source>Encrypt to these certificates</source>
        <translation>Chiffrer pour ces certificats</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="160"/>
        <source>optional: recipients&apos; certificate files</source>
        <translation>facultatif&#xa0;: fichiers de certificat des destinataires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="162"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="164"/>
        <source>&amp;Package file:</source>
        <translation>Fichier de &amp;paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="168"/>
        <source>&amp;Encrypt to:</source>
        <translation>&amp;Chiffrer pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <source>Exchange packages (*.pdx)</source>
        <translation>Paquets d&apos;échange (*.pdx)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Recipients&apos; certificates</source>
        <translation>Certificats des destinataires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="196"/>
        <source>Choose the assignee and the package file.</source>
        <translation>Choisissez le destinataire et le fichier de paquet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="205"/>
        <source>A certificate file cannot be read.</source>
        <translation>Un fichier de certificat ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="218"/>
        <source>Who owes what</source>
        <translation>Qui doit quoi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="221"/>
        <source>Assignments</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="227"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="234"/>
        <source>{a} of {t}</source>
        <translation>{a} sur {t}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="254"/>
        <source>Send your answers back</source>
        <translation>Renvoyer vos réponses</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="101"/>
        <source>Return file</source>
        <translation>Fichier de retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="259"/>
        <source>Sign with</source>
        <translation>Signer avec</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="260"/>
        <source>Do not sign</source>
        <translation>Ne pas signer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="268"/>
        <source>Passphrase of the identity</source>
        <translation>Phrase secrète de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="271"/>
        <source>&amp;Return file:</source>
        <translation>Fichier de &amp;retour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="274"/>
        <source>&amp;Sign with:</source>
        <translation>&amp;Signer avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="293"/>
        <source>Choose where to save the return.</source>
        <translation>Choisissez où enregistrer le retour.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="119"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
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
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="115"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="117"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="187"/>
        <source>Sign off the contribution</source>
        <translation>Approuver la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="121"/>
        <source>Loading the content to sign…</source>
        <translation>Chargement du contenu à signer…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="123"/>
        <source>What you are signing</source>
        <translation>Ce que vous signez</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="144"/>
        <source>The contribution you are signing</source>
        <translation>La contribution que vous signez</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="98"/>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="99"/>
        <source>Signing &amp;identity:</source>
        <translation>&amp;Identité de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="168"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="184"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="240"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="169"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="102"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="275"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="103"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="108"/>
        <source>Where the passphrase comes from</source>
        <translation>D&apos;où vient la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="78"/>
        <source>Re&amp;member the passphrase in the operating system&apos;s keyring</source>
        <translation>&amp;Mémoriser la phrase secrète dans le trousseau de clés du système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="79"/>
        <source>Remember the passphrase in the keyring</source>
        <translation>Mémoriser la phrase secrète dans le trousseau de clés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="60"/>
        <source>… and {count} more (see Checks).</source>
        <extracomment>How many errors the warning names before &quot;… and N more&quot;.</extracomment>
        <translation>… et {count} autres (voir Contrôles).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="62"/>
        <source>This version still has 1 error; it cannot be submitted until it is corrected:</source>
        <translation>Cette version comporte encore 1 erreur&#xa0;; elle ne peut pas être soumise tant qu&apos;elle n&apos;est pas corrigée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="65"/>
        <source>This version still has {count} errors; it cannot be submitted until they are corrected:</source>
        <translation>Cette version comporte encore {count} erreurs&#xa0;; elle ne peut pas être soumise tant qu&apos;elles ne sont pas corrigées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="75"/>
        <source>Every required sign-off holds: the contribution can be submitted.</source>
        <translation>Toutes les approbations requises sont valables&#xa0;: la contribution peut être soumise.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="78"/>
        <source>1 validation error to correct</source>
        <translation>1 erreur de validation à corriger</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="80"/>
        <source>{count} validation errors to correct</source>
        <translation>{count} erreurs de validation à corriger</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="81"/>
        <source>a sign-off as {role}</source>
        <translation>une approbation en tant que {role}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="82"/>
        <source>a new sign-off as {role}</source>
        <translation>une nouvelle approbation en tant que {role}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="83"/>
        <source>Before submission: {things}.</source>
        <translation>Avant la soumission&#xa0;: {things}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="131"/>
        <source>Revision and how much is answered</source>
        <translation>Révision et état d&apos;avancement des réponses</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="135"/>
        <source>Errors in this version</source>
        <translation>Erreurs dans cette version</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="162"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="321"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="261"/>
        <source>Technical &amp;details</source>
        <translation>&amp;Détails techniques</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="164"/>
        <source>Show the technical details of what is signed</source>
        <translation>Afficher les détails techniques de ce qui est signé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="154"/>
        <source>Content digest</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="175"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="197"/>
        <source>I have &amp;read the contribution above and sign it off in the chosen role.</source>
        <translation>J&apos;ai &amp;lu la contribution ci-dessus et je l&apos;approuve dans le rôle choisi.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="177"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="199"/>
        <source>I have read the contribution and sign it off</source>
        <translation>J&apos;ai lu la contribution et je l&apos;approuve</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="182"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="190"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="203"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="192"/>
        <source>Sign off</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="227"/>
        <source>There is no signing identity with a certificate on this computer. Make one first: Sign-off → Signing identities → New identity.</source>
        <translation>Il n&apos;y a sur cet ordinateur aucune identité de signature dotée d&apos;un certificat. Créez-en d&apos;abord une&#xa0;: Approbation → Identités de signature → Nouvelle identité.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="238"/>
        <source>Revision {revision} · {answered} of {total} fields answered.</source>
        <translation>Révision {revision} · {answered} champs remplis sur {total}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="244"/>
        <source>What is signed is the contribution&apos;s exact content (its canonical JSON) at revision {revision}; SHA-256 {digest}.</source>
        <translation>Ce qui est signé est le contenu exact de la contribution (son JSON canonique) à la révision {revision}&#xa0;; SHA-256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="330"/>
        <source>This version still has 1 error (shown above).</source>
        <translation>Cette version comporte encore 1 erreur (indiquée ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="332"/>
        <source>This version still has {count} errors (listed above).</source>
        <translation>Cette version comporte encore {count} erreurs (énumérées ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="337"/>
        <source>Press Sign anyway to sign it as it is, or Cancel to correct them first.</source>
        <translation>Appuyez sur Signer quand même pour la signer en l&apos;état, ou sur Annuler pour les corriger d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="339"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <source>Sign &amp;anyway</source>
        <translation>Signer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="340"/>
        <source>Sign anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="365"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="367"/>
        <source>Signed. {name} signed off revision {revision} as {role}. {next}</source>
        <translation>Signé. {name} a approuvé la révision {revision} en tant que {role}. {next}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="380"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="355"/>
        <source>Nothing was signed.</source>
        <translation>Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="66"/>
        <source>Sign-off roles</source>
        <translation>Rôles d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="72"/>
        <source>Who signs off this contribution before it is submitted, in the order they sign. A required role must hold a sign-off of the current version; an optional one may.</source>
        <translation>Qui approuve cette contribution avant sa soumission, dans l&apos;ordre des signatures. Un rôle obligatoire doit avoir approuvé la version actuelle&#xa0;; un rôle facultatif peut le faire.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="80"/>
        <source>Sign-off roles, in order</source>
        <translation>Rôles d&apos;approbation, dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="84"/>
        <source>Make &amp;required</source>
        <translation>Rendre o&amp;bligatoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="85"/>
        <source>Make &amp;optional</source>
        <translation>Rendre &amp;facultatif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="86"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="88"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="89"/>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="92"/>
        <source>Sign sooner (Ctrl+Up)</source>
        <translation>Approuve plus tôt (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="93"/>
        <source>Sign later (Ctrl+Down)</source>
        <translation>Approuve plus tard (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="104"/>
        <source>Moves the role one place sooner (Ctrl+Up).</source>
        <translation>Avance le rôle d&apos;une place (Ctrl+Haut).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="105"/>
        <source>Moves the role one place later (Ctrl+Down).</source>
        <translation>Recule le rôle d&apos;une place (Ctrl+Bas).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="109"/>
        <source>&amp;New role:</source>
        <translation>&amp;Nouveau rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="111"/>
        <source>Name of the new role</source>
        <translation>Nom du nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="112"/>
        <source>e.g. head-of-unit, director</source>
        <translation>p. ex. head-of-unit, director</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="114"/>
        <source>Re&amp;quired</source>
        <translation>Obli&amp;gatoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="116"/>
        <source>The new role is required</source>
        <translation>Le nouveau rôle est obligatoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="117"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="118"/>
        <source>Add the role</source>
        <translation>Ajouter le rôle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="124"/>
        <source>Role names: small letters, digits and hyphens, such as director.</source>
        <translation>Noms de rôle&#xa0;: lettres minuscules, chiffres et traits d&apos;union, par exemple director.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="128"/>
        <source>Signature &amp;form:</source>
        <translation>Forme de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="130"/>
        <source>CAdES (the default: .p7s signatures)</source>
        <translation>CAdES (par défaut : signatures .p7s)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="131"/>
        <source>XAdES (signatures*.xml, which DigiDoc4 checks offline)</source>
        <translation>XAdES (signatures*.xml, que DigiDoc4 vérifie hors ligne)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="132"/>
        <source>Signature form of the sign-offs and the bundle</source>
        <translation>Forme de signature des approbations et du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="140"/>
        <source>Chosen before the first sign-off: every sign-off and the submission bundle are signed in this form.</source>
        <translation>À choisir avant la première approbation : chaque approbation et le dossier de soumission sont signés sous cette forme.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="192"/>
        <source>Changing the signature form…</source>
        <translation>Modification de la forme de signature…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="205"/>
        <source>The sign-offs and the bundle will be signed in the {form} form.</source>
        <translation>Les approbations et le dossier de soumission seront signés sous la forme {form}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="248"/>
        <source>Changing the roles…</source>
        <translation>Modification des rôles…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="265"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="270"/>
        <source>Type the name of the new role first.</source>
        <translation>Saisissez d&apos;abord le nom du nouveau rôle.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="273"/>
        <source>There is already a role {name}.</source>
        <translation>Le rôle {name} existe déjà.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="278"/>
        <source>Added the required role {name}.</source>
        <translation>Le rôle obligatoire {name} a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="281"/>
        <source>Added the optional role {name}.</source>
        <translation>Le rôle facultatif {name} a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="289"/>
        <source>{name} is now required.</source>
        <translation>{name} est désormais obligatoire.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="291"/>
        <source>{name} is now optional.</source>
        <translation>{name} est désormais facultatif.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="293"/>
        <source>Removed the role {name}.</source>
        <translation>Le rôle {name} a été retiré.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="301"/>
        <source>{name} now signs in place {place}.</source>
        <translation>{name} approuve désormais en position {place}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="263"/>
        <source>{role} — signed by {name}</source>
        <translation>{role} — signé par {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="273"/>
        <source>Every role of this contribution is already signed at this revision.</source>
        <translation>Tous les rôles de cette contribution ont déjà signé cette révision.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="170"/>
        <source>There is no signing identity with a certificate on this computer yet: make one under Sign-off → Signing identities.</source>
        <translation>Il n&apos;y a encore sur cet ordinateur aucune identité de signature dotée d&apos;un certificat&#xa0;: créez-en une sous Approbation → Identités de signature.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="177"/>
        <source>No secure keyring is usable on this computer, so the passphrase is not remembered: type it each time.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est utilisable sur cet ordinateur&#xa0;; la phrase secrète n&apos;est donc pas mémorisée&#xa0;: saisissez-la à chaque fois.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="184"/>
        <source>The passphrase is kept in the operating system&apos;s keyring; leave the field empty to use it.</source>
        <translation>La phrase secrète est conservée dans le trousseau de clés du système d&apos;exploitation&#xa0;; laissez le champ vide pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="189"/>
        <source>Type the passphrase of this identity.</source>
        <translation>Saisissez la phrase secrète de cette identité.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="216"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="217"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="220"/>
        <source>The new passphrase again</source>
        <translation>La nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="221"/>
        <source>Type it &amp;again:</source>
        <translation>Saisissez-la à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="226"/>
        <source>About the new passphrase</source>
        <translation>À propos de la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="238"/>
        <source>A passphrase must have at least {count} characters.</source>
        <translation>Une phrase secrète doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="242"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="247"/>
        <source>Nobody can open the key without it.</source>
        <translation>Personne ne peut ouvrir la clé sans elle.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="283"/>
        <source>Choose: {what}</source>
        <translation>Choisir&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="317"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="323"/>
        <source>Show the technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="325"/>
        <source>Show the file in its folder</source>
        <translation>Afficher le fichier dans son répertoire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="333"/>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="355"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="330"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="62"/>
        <source>The file {} does not exist.</source>
        <translation>Le fichier {} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="66"/>
        <source>The file cannot be read: {}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="67"/>
        <source>The bundle could not be checked: {}</source>
        <translation>Le dossier de soumission n&apos;a pas pu être vérifié&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="157"/>
        <source>Verify a submission bundle</source>
        <translation>Vérifier un dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="166"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Dossier de soumission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="168"/>
        <source>The .asice file you received</source>
        <translation>Le fichier .asice que vous avez reçu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="169"/>
        <source>Bundle file</source>
        <translation>Fichier du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="282"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="171"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="172"/>
        <source>Choose the bundle file</source>
        <translation>Choisir le fichier du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="180"/>
        <source>&amp;Trusted CA certificates:</source>
        <translation>Certificats d&apos;AC de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="182"/>
        <source>Trusted CA certificates</source>
        <translation>Certificats d&apos;AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="186"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="187"/>
        <source>Add a trusted CA certificate</source>
        <translation>Ajouter un certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="189"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="190"/>
        <source>Remove the selected CA certificate</source>
        <translation>Retirer le certificat d&apos;AC sélectionné</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="200"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="201"/>
        <source>Verify the bundle</source>
        <translation>Vérifier le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="206"/>
        <source>Progress of the check</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="214"/>
        <source>Choose a bundle, then press Verify.</source>
        <translation>Choisissez un dossier de soumission, puis appuyez sur Vérifier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="216"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="227"/>
        <source>About the contribution</source>
        <translation>À propos de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="232"/>
        <source>What the result means</source>
        <translation>Ce que signifie le résultat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="235"/>
        <source>&amp;Signatures, in the order they were made:</source>
        <translation>&amp;Signatures, dans l&apos;ordre où elles ont été apposées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="239"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="241"/>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="242"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="243"/>
        <source>Signature</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="244"/>
        <source>Signed files</source>
        <translation>Fichiers signés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="245"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="248"/>
        <source>Signatures</source>
        <translation>Liste des signatures</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="266"/>
        <source>Details of the check</source>
        <translation>Détails de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="290"/>
        <source>Choose a bundle</source>
        <translation>Choisir un dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="292"/>
        <source>Submission bundles (*.asice *.sce *.zip);;All files (*)</source>
        <translation>Dossiers de soumission (*.asice *.sce *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="301"/>
        <source>Choose CA certificates you trust</source>
        <translation>Choisir les certificats d&apos;AC auxquels vous faites confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="303"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="326"/>
        <source>Choose a bundle first.</source>
        <translation>Choisissez d&apos;abord un dossier de soumission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="332"/>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="41"/>
        <location filename="../../pactdesk/ui/views/header.py" line="136"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="387"/>
        <source>Contribution of {} for the {} cycle, in {}, revision {}.</source>
        <translation>Contribution de {} pour le cycle {}, en {}, révision {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="393"/>
        <source>It replaces the bundle with SHA-256 {}….</source>
        <translation>Il remplace le dossier de soumission dont l&apos;empreinte SHA-256 est {}….</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="396"/>
        <source>The PDF carries {}&apos;s signature.</source>
        <translation>Le PDF porte la signature de {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>submitter</source>
        <translation>auteur de la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>(no role named)</source>
        <translation>(aucun rôle indiqué)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="84"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="85"/>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="94"/>
        <source>This file is a preview, made by the Member State to check the contribution before submitting it. Nobody signed it for submission, so it is not a contribution the Commission can accept: ask for the signed bundle.</source>
        <translation>Ce fichier est un aperçu, créé par l&apos;État membre pour vérifier la contribution avant de la soumettre. Personne ne l&apos;a signé pour la soumission&#xa0;; ce n&apos;est donc pas une contribution que la Commission peut accepter&#xa0;: demandez le dossier de soumission signé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="106"/>
        <source>Part of the bundle was changed after it was signed by {who}: what is in it now is not what was signed. Ask the sender for a fresh copy.</source>
        <translation>Une partie du dossier de soumission a été modifiée après sa signature par {who}&#xa0;: son contenu actuel n&apos;est pas ce qui a été signé. Demandez une nouvelle copie à l&apos;expéditeur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="113"/>
        <source>The signature of {who} does not check out: the file was damaged or altered after signing.</source>
        <translation>La signature de {who} n&apos;est pas valide&#xa0;: le fichier a été endommagé ou altéré après la signature.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="120"/>
        <source>The certificate of {who} does not come from a CA you trust, or cannot be used for this signature (expired, or not meant for signing). Check that you added the ministry&apos;s CA certificate the Member State sent you.</source>
        <translation>Le certificat de {who} ne provient pas d&apos;une AC de confiance, ou ne peut pas servir à cette signature (expiré, ou non destiné à la signature). Vérifiez que vous avez ajouté le certificat d&apos;AC du ministère que l&apos;État membre vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="128"/>
        <source>The file is not a sound submission bundle, so it cannot be relied on. Ask the sender for the bundle again; the technical details say what is wrong.</source>
        <translation>Le fichier n&apos;est pas un dossier de soumission intègre&#xa0;: on ne peut pas s&apos;y fier. Redemandez le dossier de soumission à l&apos;expéditeur&#xa0;; les détails techniques indiquent le problème.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="135"/>
        <source>Nothing in the bundle changed since it was signed, and every signature comes from a certificate of a CA you trust.</source>
        <translation>Rien n&apos;a changé dans le dossier de soumission depuis sa signature, et chaque signature provient d&apos;un certificat d&apos;une AC de confiance.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="142"/>
        <source>Nothing in the bundle changed since it was signed, but who signed it was not checked: add the ministry&apos;s CA certificate (sent to you separately) under Trusted CA certificates and verify again.</source>
        <translation>Rien n&apos;a changé dans le dossier de soumission depuis sa signature, mais l&apos;identité des signataires n&apos;a pas été vérifiée&#xa0;: ajoutez le certificat d&apos;AC du ministère (envoyé séparément) sous Certificats d&apos;AC de confiance et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="263"/>
        <source>Show the technical details of the check</source>
        <translation>Afficher les détails techniques de la vérification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>NOT trusted</source>
        <translation>PAS de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="418"/>
        <source>Why it is not valid:</source>
        <translation>Pourquoi elle n&apos;est pas valide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="424"/>
        <source>(add the ministry&apos;s CA certificate under Trusted CA certificates)</source>
        <translation>(ajoutez le certificat d&apos;AC du ministère sous Certificats d&apos;AC de confiance)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="430"/>
        <source>SHA-256 of the bundle: {}</source>
        <translation>SHA-256 du dossier de soumission&#xa0;: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="141"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="65"/>
        <source>&amp;File</source>
        <extracomment>What an item needs before it can be used. The menu bar, in order: (id, title with its mnemonic).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="77"/>
        <location filename="../../pactdesk/ui/views/welcome.py" line="82"/>
        <source>&amp;New contribution…</source>
        <translation>&amp;Nouvelle contribution…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="79"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="81"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="83"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="85"/>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="96"/>
        <source>Your &amp;profile…</source>
        <translation>Votre &amp;profil…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="100"/>
        <source>&amp;Close draft</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="94"/>
        <source>Compare contri&amp;butions…</source>
        <translation>&amp;Comparer des contributions…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="66"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="69"/>
        <source>E&amp;xchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="82"/>
        <source>Open the fictional e&amp;xample</source>
        <translation>Ouvrir l&apos;&amp;exemple fictif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="87"/>
        <source>Import Wor&amp;d document…</source>
        <translation>Importer un document &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="89"/>
        <source>Contribution de&amp;tails…</source>
        <translation>&amp;Détails de la contribution…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="91"/>
        <source>Copy the &amp;working copy back</source>
        <translation>Recopier la copie de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="98"/>
        <source>Where drafts are &amp;kept…</source>
        <translation>Emplacement des pro&amp;jets…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="107"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="108"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="109"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="110"/>
        <source>&amp;Find in the contribution…</source>
        <translation>Rec&amp;hercher dans la contribution…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="113"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="115"/>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence pr&amp;écédente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="122"/>
        <source>C&amp;omment on the selection</source>
        <translation>Co&amp;mmenter la sélection</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="123"/>
        <source>Comment on the words selected</source>
        <translation>Commenter les mots sélectionnés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="142"/>
        <source>Go to the co&amp;mments</source>
        <translation>Aller aux commen&amp;taires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="150"/>
        <source>Sign-off &amp;roles…</source>
        <translation>&amp;Rôles d&apos;approbation…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="152"/>
        <source>Signing &amp;identities…</source>
        <translation>&amp;Identités de signature…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="154"/>
        <source>Sign-off &amp;authority (CA)…</source>
        <translation>A&amp;utorité d&apos;approbation (AC)…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="156"/>
        <source>Send a sign-off re&amp;quest…</source>
        <translation>&amp;Envoyer une demande d&apos;approbation…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="158"/>
        <source>Sign a &amp;colleague&apos;s request…</source>
        <translation>Signer la demande d&apos;un ou une &amp;collègue…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="160"/>
        <source>&amp;Take in a signed answer…</source>
        <translation>In&amp;tégrer une réponse signée…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="162"/>
        <source>Make the submission &amp;bundle…</source>
        <translation>Créer le &amp;dossier de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="167"/>
        <source>&amp;Assign items…</source>
        <translation>&amp;Attribuer des éléments…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="169"/>
        <source>&amp;Who owes what</source>
        <translation>&amp;Qui doit quoi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="171"/>
        <source>&amp;Send items to a colleague…</source>
        <translation>&amp;Envoyer des éléments à un ou une collègue…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="173"/>
        <source>&amp;Merge a colleague&apos;s return…</source>
        <translation>&amp;Fusionner le retour d&apos;un ou une collègue…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="175"/>
        <source>Resolve open &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits en suspens…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Send your answers &amp;back…</source>
        <translation>&amp;Renvoyer vos réponses…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="179"/>
        <source>Comments and re&amp;view…</source>
        <translation>Commentaires et re&amp;lecture…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Co&amp;mments panel</source>
        <translation>Panneau des co&amp;mmentaires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="191"/>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="192"/>
        <source>Version, platform, libraries, folders and the last lines of the log, for your IT support</source>
        <translation>Version, plateforme, bibliothèques, répertoires et dernières lignes du journal, pour votre support informatique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="202"/>
        <source>In the find box: next / previous match, close</source>
        <translation>Dans la zone de recherche&#xa0;: occurrence suivante / précédente, fermer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="203"/>
        <source>Enter / Shift+Enter, Esc</source>
        <translation>Entrée / Maj+Entrée, Échap</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>In a table: next cell, tick “harmonised”</source>
        <translation>Dans un tableau&#xa0;: cellule suivante, cocher «&#xa0;harmonisé&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>Tab, Space</source>
        <translation>Tab, Espace</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Open a menu</source>
        <translation>Ouvrir un menu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Alt and the underlined letter</source>
        <translation>Alt et la lettre soulignée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="348"/>
        <source>the menu bar</source>
        <translation>la barre de menus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="67"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="117"/>
        <source>Add a &amp;data point</source>
        <translation>Ajouter une &amp;donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="119"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="68"/>
        <source>&amp;Sign-off</source>
        <translation>A&amp;pprobation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="145"/>
        <source>&amp;Sign this version…</source>
        <translation>&amp;Approuver cette version…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="165"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Vérifier un dossier de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="70"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="136"/>
        <source>Go to the e&amp;ditor</source>
        <translation>Aller à l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="147"/>
        <source>Show sign-&amp;offs</source>
        <translation>Afficher les appro&amp;bations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>&amp;Checks panel</source>
        <translation>Panneau des &amp;contrôles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>&amp;History panel</source>
        <translation>Panneau de l&apos;&amp;historique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="185"/>
        <source>&amp;Welcome screen</source>
        <translation>Écran d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="186"/>
        <source>&amp;Language of the window…</source>
        <translation>&amp;Langue de la fenêtre…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="71"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="194"/>
        <source>&amp;About PactDesk</source>
        <translation>À &amp;propos de PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="76"/>
        <source>PactDesk cannot open {name}</source>
        <translation>PactDesk ne peut pas ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="96"/>
        <source>{state} — contribution for the {cycle} cycle</source>
        <translation>{state} — contribution pour le cycle {cycle}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="106"/>
        <source>&amp;Open for editing</source>
        <translation>&amp;Ouvrir pour modifier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="114"/>
        <source>FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. It is not the position of any Member State; the Member State it names is only a placeholder. Change anything you like.</source>
        <translation>EXEMPLE FICTIF — cette contribution est inventée pour montrer le fonctionnement de PactDesk. Elle ne reflète la position d&apos;aucun État membre&#xa0;; l&apos;État membre cité ne l&apos;est qu&apos;à titre d&apos;illustration. Modifiez ce que vous voulez.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="123"/>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="156"/>
        <source>The draft is still open in the other PactDesk; it stays read-only here.</source>
        <translation>Le projet est toujours ouvert dans l&apos;autre PactDesk&#xa0;; il reste en lecture seule ici.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="166"/>
        <source>Your last changes are still being saved</source>
        <translation>Vos dernières modifications sont en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="167"/>
        <source>PactDesk could not finish saving; the draft stays open.</source>
        <translation>PactDesk n&apos;a pas pu terminer l&apos;enregistrement&#xa0;; le projet reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="209"/>
        <source>Your latest changes are not saved</source>
        <translation>Vos dernières modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="210"/>
        <source>PactDesk could not save your latest changes: {error}</source>
        <translation>PactDesk n&apos;a pas pu enregistrer vos dernières modifications&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="213"/>
        <source>If you close now, what you typed since the last save is lost. Keep the window open while you free some disk space or reconnect the drive; PactDesk keeps trying.</source>
        <translation>Si vous fermez maintenant, ce que vous avez saisi depuis le dernier enregistrement sera perdu. Gardez la fenêtre ouverte le temps de libérer de l&apos;espace disque ou de reconnecter le lecteur&#xa0;; PactDesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="217"/>
        <source>Keep the window open</source>
        <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="219"/>
        <source>Close and lose the changes</source>
        <translation>Fermer et perdre les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="80"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>Open a draft</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="40"/>
        <source>This draft is open in another PactDesk, on this or another computer.</source>
        <translation>Ce projet est ouvert dans un autre PactDesk, sur cet ordinateur ou un autre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="42"/>
        <source>This draft is open in another PactDesk window on this computer.</source>
        <translation>Ce projet est ouvert dans une autre fenêtre PactDesk sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="44"/>
        <source>{user} has this draft open in another PactDesk, on the computer “{computer}”.</source>
        <translation>{user} a ouvert ce projet dans un autre PactDesk, sur l&apos;ordinateur «&#xa0;{computer}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="47"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="103"/>
        <source>Read-only.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="51"/>
        <source>You can read it here; to change it, close it there, then press “Open for editing”.</source>
        <translation>Vous pouvez le lire ici&#xa0;; pour le modifier, fermez-le là-bas, puis appuyez sur «&#xa0;Ouvrir pour modifier&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="28"/>
        <source>This is a local working copy of {original}. When you are done, copy it back (File › Copy the working copy back).</source>
        <translation>Ceci est une copie de travail locale de {original}. Quand vous avez terminé, recopiez-la (Fichier › Recopier la copie de travail).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="31"/>
        <location filename="../../pactdesk/ui/window/location.py" line="99"/>
        <source>Copy &amp;back now</source>
        <translation>&amp;Recopier maintenant</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="35"/>
        <source>in {name}, a synchronised folder</source>
        <translation>dans {name}, un répertoire synchronisé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="37"/>
        <source>on {name}</source>
        <translation>sur {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="41"/>
        <source>This draft is kept {where}. Locking the file there is not reliable, so two people could overwrite each other&apos;s work. Work on a local copy on this computer and copy it back when you are done.</source>
        <translation>Ce projet est conservé {where}. Le verrouillage du fichier n&apos;y est pas fiable&#xa0;: deux personnes pourraient écraser mutuellement leur travail. Travaillez sur une copie locale sur cet ordinateur et recopiez-la quand vous avez terminé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="45"/>
        <source>Work on a &amp;local copy</source>
        <translation>Travailler sur une copie &amp;locale</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="69"/>
        <source>The local copy could not be made</source>
        <translation>La copie locale n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="76"/>
        <source>You are working on a local copy; the draft on the share is unchanged.</source>
        <translation>Vous travaillez sur une copie locale&#xa0;; le projet sur le partage réseau est inchangé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="92"/>
        <source>The working copy was not copied back</source>
        <translation>La copie de travail n&apos;a pas été recopiée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="94"/>
        <source>Copied back to {original} at {time}.</source>
        <translation>Recopiée vers {original} à {time}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="98"/>
        <source>You can go on here and copy back again later.</source>
        <translation>Vous pouvez continuer ici et recopier à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="107"/>
        <source>Where to keep drafts</source>
        <translation>Où conserver les projets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="113"/>
        <source>New drafts are kept in {folder}.</source>
        <translation>Les nouveaux projets sont conservés dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="245"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="251"/>
        <source>The example could not be made</source>
        <translation>L&apos;exemple n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="29"/>
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="76"/>
        <source>Checks: political assessment {id}</source>
        <translation>Contrôles&#xa0;: évaluation politique {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="78"/>
        <source>Checks: commitment {id}</source>
        <translation>Contrôles&#xa0;: engagement {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="20"/>
        <source>Read-only: nothing you see here can be changed.</source>
        <translation>Lecture seule&#xa0;: rien de ce qui est affiché ici ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="23"/>
        <source>Not saved yet — retrying</source>
        <translation>Pas encore enregistré — nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="26"/>
        <source>Your latest changes could not be saved: {error}. PactDesk keeps them and tries again every few seconds; do not close the window.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées&#xa0;: {error}. PactDesk les conserve et réessaie toutes les quelques secondes&#xa0;; ne fermez pas la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="33"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="36"/>
        <source>All changes saved ({time}). Revision {revision}.</source>
        <translation>Toutes les modifications sont enregistrées ({time}). Révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="42"/>
        <source>Everything you type is saved as you type.</source>
        <translation>Tout ce que vous saisissez est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="39"/>
        <source>Every question of the Commission has an answer.</source>
        <translation>Toutes les questions de la Commission ont une réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="41"/>
        <source>Every field has an answer.</source>
        <translation>Tous les champs sont remplis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n champ modifié</numerusform>
            <numerusform>%n champs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="94"/>
        <source>%n conflict(s) kept the draft&apos;s text</source>
        <translation>
            <numerusform>%n conflit a conservé le texte du projet</numerusform>
            <numerusform>%n conflits ont conservé le texte du projet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="97"/>
        <source>Workbook imported: {counts}.</source>
        <translation>Classeur importé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="100"/>
        <source>Changed: {fields}{more}</source>
        <translation>Modifié&#xa0;: {fields}{more}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="158"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="160"/>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="127"/>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="38"/>
        <source>Diagnostic information copied: paste it into your message to IT support.</source>
        <translation>Informations de diagnostic copiées&#xa0;: collez-les dans votre message au support informatique.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="53"/>
        <source>PactDesk — write, check, sign off and submit a Member State&apos;s contribution on the European Pact on Immigration and Asylum{source}.</source>
        <translation>PactDesk — rédiger, contrôler, approuver et soumettre la contribution d&apos;un État membre sur le Pacte européen sur l&apos;immigration et l&apos;asile{source}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Next / previous field on the page</source>
        <extracomment>Keys that belong to no menu item (Qt&apos;s own behaviour of a control), for the help.</extracomment>
        <translation>Champ suivant / précédent de la page</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="111"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="41"/>
        <source>Find in the whole contribution</source>
        <translation>Rechercher dans toute la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Leave a table</source>
        <translation>Quitter un tableau</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="51"/>
        <source>About PactDesk</source>
        <translation>À propos de PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="66"/>
        <source>Part I</source>
        <extracomment>A custom role: the page key of a row (&quot;political/I&quot;, &quot;commitment/I.a&quot;), or &quot;&quot;.</extracomment>
        <translation>Partie I</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="70"/>
        <source>Part II</source>
        <translation>Partie II</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="226"/>
        <source>{area}. {title}</source>
        <extracomment>pages a contributor&apos;s draft holds read-only (not sent to them): shown, marked</extracomment>
        <translation>{area}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="229"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="231"/>
        <source>{answered}/{total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="238"/>
        <source>1 question of the Commission unanswered</source>
        <translation>1 question de la Commission sans réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="240"/>
        <source>{n} questions of the Commission unanswered</source>
        <translation>{n} questions de la Commission sans réponse</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="243"/>
        <source>read-only, not sent to you</source>
        <translation>lecture seule, ne vous a pas été envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/models/navigator.py" line="246"/>
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n commentaire ouvert</numerusform>
            <numerusform>%n commentaires ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="249"/>
        <source>Commitment {id}, {title}: {state}</source>
        <translation>Engagement {id}, {title}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="253"/>
        <source>Political assessment {id}, {title}: {state}</source>
        <translation>Évaluation politique {id}, {title}&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="280"/>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="282"/>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="283"/>
        <source>{answered} of {total} fields answered</source>
        <translation>{answered} champs remplis sur {total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="168"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="169"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="170"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="171"/>
        <source>Comparability</source>
        <translation>Comparabilité</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Harmonised</source>
        <extracomment>The framework&apos;s rules for data (the period a new row starts with); set by the page.</extracomment>
        <translation>Harmonisé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Not comparable</source>
        <translation>Non comparable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="226"/>
        <source>Tick only for data collected to harmonised standards (e.g. Eurostat). National data is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>À cocher uniquement pour les données collectées selon des normes harmonisées (par exemple Eurostat). Les données nationales sont marquées «&#xa0;non comparable&#xa0;», comme le signale le document de la Commission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
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
        <location filename="../../pactdesk/ui/views/editor.py" line="160"/>
        <source>Contents of the contribution</source>
        <extracomment>How long typing must pause before the whole contribution is checked again.</extracomment>
        <translation>Sommaire de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="116"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="114"/>
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
        <location filename="../../pactdesk/ui/views/history_panel.py" line="125"/>
        <source>merged from the return {name}</source>
        <translation>fusionné depuis le retour {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="135"/>
        <source>rows changed</source>
        <translation>lignes modifiées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="139"/>
        <source>written ({words})</source>
        <translation>rédigé ({words})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="141"/>
        <source>emptied ({words} removed)</source>
        <translation>vidé ({words} en moins)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="144"/>
        <source>{words} added</source>
        <translation>{words} en plus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="146"/>
        <source>{words} removed</source>
        <translation>{words} en moins</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="147"/>
        <source>edited, same length</source>
        <translation>modifié, même longueur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="153"/>
        <source>C&amp;hanges to this item, newest first</source>
        <translation>&amp;Modifications de cet élément, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="158"/>
        <source>Changes to this item</source>
        <translation>Modifications de cet élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="162"/>
        <source>Every change is kept in the draft&apos;s history, chained so that an altered history shows.</source>
        <translation>Chaque modification est conservée dans l&apos;historique du projet, chaînée de sorte qu&apos;une altération de l&apos;historique se voit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="180"/>
        <source>{when} · {author}{source}
{field}: {change}</source>
        <translation>{when} · {author}{source}
{field}&#xa0;: {change}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="193"/>
        <source>No changes yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="156"/>
        <source>What the Annex asks</source>
        <translation>Ce que demande l&apos;annexe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="165"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="195"/>
        <source>The Pact&apos;s main commitment for this area</source>
        <translation>L&apos;engagement principal du Pacte pour ce domaine</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="189"/>
        <source>Part I · {title}</source>
        <translation>Partie I · {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="191"/>
        <source>{id}. {title}</source>
        <translation>{id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="200"/>
        <source>Political assessment: {title}</source>
        <translation>Évaluation politique&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="207"/>
        <source>Your Member State&apos;s political assessment of progress since the Pact was adopted in October 2008, for this policy area.</source>
        <translation>L&apos;évaluation politique, par votre État membre, des progrès accomplis dans ce domaine d&apos;action depuis l&apos;adoption du Pacte en octobre 2008.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="216"/>
        <source>Part II for this area so far: {complete} of {n} commitments complete.</source>
        <translation>Partie II pour ce domaine à ce jour&#xa0;: {complete} engagements complets sur {n}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="221"/>
        <source>1 question of the Commission is still unanswered.</source>
        <translation>1 question de la Commission est encore sans réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="223"/>
        <source>{n} questions of the Commission are still unanswered.</source>
        <translation>{n} questions de la Commission sont encore sans réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="237"/>
        <source>The Commission also asks: the effect of the economic crisis</source>
        <translation>La Commission demande aussi&#xa0;: l&apos;effet de la crise économique</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="238"/>
        <source>The Commission also asks for data and trends — if available</source>
        <translation>La Commission demande aussi des données et des tendances — si elles sont disponibles</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="239"/>
        <source>The Commission also asks you to report on this</source>
        <translation>La Commission vous demande aussi de rendre compte de ce point</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="300"/>
        <source>Request {n} of {count} · {kind}</source>
        <translation>Demande {n} sur {count} · {kind}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="308"/>
        <source>Answer in words here, and enter the figures in the data table below.</source>
        <translation>Répondez ici par écrit et saisissez les chiffres dans le tableau de données ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="316"/>
        <source>Partly reconstructed: these are not all the Commission&apos;s own words. Where the text came from: {why}</source>
        <translation>Partiellement reconstitué&#xa0;: ce ne sont pas tous les termes exacts de la Commission. Origine du texte&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="338"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="428"/>
        <source>The Pact&apos;s text</source>
        <translation>Le texte du Pacte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="349"/>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="357"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="362"/>
        <source>Data points</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="359"/>
        <source>Add data point</source>
        <translation>Ajouter une donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="387"/>
        <source>Add reference</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="484"/>
        <source>Data and trends for {periods}. {rule} Leave “Comparability” unticked and it is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>Données et tendances pour {periods}. {rule} Laissez «&#xa0;Comparabilité&#xa0;» décoché et elles seront marquées «&#xa0;non comparable&#xa0;», comme le signale le document de la Commission.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="488"/>
        <source>Data and trends for {periods}.</source>
        <translation>Données et tendances pour {periods}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="361"/>
        <source>Remove data point</source>
        <translation>Supprimer la donnée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="74"/>
        <source>Read-only: this item was not sent to you. The coordinator writes it; you can read it here but not change it.</source>
        <translation>Lecture seule&#xa0;: cet élément ne vous a pas été envoyé. Le coordinateur ou la coordinatrice le rédige&#xa0;; vous pouvez le lire ici, mais pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="128"/>
        <source>{caption} — original text, {language}</source>
        <translation>{caption} — texte original, {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="382"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="390"/>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="384"/>
        <source>Point to where this is already reported instead of repeating it, e.g. a section of the EMN annual policy report, a Eurostat table or a fund&apos;s annual report.</source>
        <translation>Indiquez où cela figure déjà plutôt que de le répéter, par exemple une section du rapport politique annuel du REM, un tableau d&apos;Eurostat ou le rapport annuel d&apos;un fonds.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="389"/>
        <source>Remove reference</source>
        <translation>Supprimer la référence</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="425"/>
        <source>Part II · {id}. {title}</source>
        <translation>Partie II · {id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="426"/>
        <source>Commitment {id}</source>
        <translation>Engagement {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="438"/>
        <source>For this commitment the Commission also asks a question. Please answer it.</source>
        <translation>Pour cet engagement, la Commission pose aussi une question. Veuillez y répondre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="441"/>
        <source>For this commitment the Commission also asks {n} questions. Please answer each.</source>
        <translation>Pour cet engagement, la Commission pose aussi {n} questions. Veuillez répondre à chacune.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="471"/>
        <source>Data points — the Annex asks for data here</source>
        <translation>Données — l&apos;annexe demande des données ici</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="489"/>
        <source>the period asked</source>
        <translation>la période demandée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="492"/>
        <source>Data points (optional)</source>
        <translation>Données (facultatif)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="494"/>
        <source>Figures that support your answers. Data that is not harmonised is marked “not comparable”.</source>
        <translation>Des chiffres à l&apos;appui de vos réponses. Les données non harmonisées sont marquées «&#xa0;non comparable&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="59"/>
        <source>Nothing stands in the way of submission: the bundle can be made.</source>
        <translation>Rien ne s&apos;oppose à la soumission&#xa0;: le dossier de soumission peut être créé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="60"/>
        <source>Before this version can be submitted:</source>
        <translation>Avant que cette version puisse être soumise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="63"/>
        <source>1 validation error must be corrected (see Checks).</source>
        <translation>1 erreur de validation doit être corrigée (voir Contrôles).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="67"/>
        <source>{count} validation errors must be corrected (see Checks).</source>
        <translation>{count} erreurs de validation doivent être corrigées (voir Contrôles).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="70"/>
        <source>the draft&apos;s history does not check out.</source>
        <translation>l&apos;historique du projet n&apos;est pas intègre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="72"/>
        <source>a sign-off as {role} is missing.</source>
        <translation>il manque une approbation en tant que {role}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="76"/>
        <source>the sign-off as {role} is outdated: the contribution changed after it.</source>
        <translation>l&apos;approbation en tant que {role} est périmée&#xa0;: la contribution a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Holds</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Outdated</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="133"/>
        <source>{name} signed revision {revision} as {role}; the contribution has not changed since.</source>
        <translation>{name} a signé la révision {revision} en tant que {role}&#xa0;; la contribution n&apos;a pas changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="136"/>
        <source>Outdated: {problem}. It must be signed again.</source>
        <translation>Périmée&#xa0;: {problem}. Elle doit être signée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="162"/>
        <source>Reading the sign-offs…</source>
        <translation>Lecture des approbations…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="164"/>
        <source>Sign-off state</source>
        <translation>État des approbations</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="169"/>
        <source>What still stands in the way of submission</source>
        <translation>Ce qui s&apos;oppose encore à la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="175"/>
        <source>Sign-offs of this contribution</source>
        <translation>Approbations de cette contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="186"/>
        <source>Sign &amp;off…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="218"/>
        <source>Every required sign-off holds at revision {revision}.</source>
        <translation>Toutes les approbations requises sont valables à la révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="224"/>
        <source>{role} (outdated)</source>
        <translation>{role} (périmée)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="227"/>
        <source>Revision {revision} still needs a sign-off as: {roles}.</source>
        <translation>La révision {revision} doit encore être approuvée en tant que&#xa0;: {roles}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="234"/>
        <source>1 earlier sign-off no longer holds: the contribution changed after it.</source>
        <translation>1 approbation antérieure n&apos;est plus valable&#xa0;: la contribution a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="238"/>
        <source>{count} earlier sign-offs no longer hold: the contribution changed after them.</source>
        <translation>{count} approbations antérieures ne sont plus valables&#xa0;: la contribution a changé depuis.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="246"/>
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
        <source>PactDesk helps your ministry write your Member State&apos;s annual contribution on the European Pact on Immigration and Asylum, following the Commission&apos;s template for the Member States&apos; contributions — and get it checked, signed off and submitted.</source>
        <translation>PactDesk aide votre ministère à rédiger la contribution annuelle de votre État membre sur le Pacte européen sur l&apos;immigration et l&apos;asile, selon le modèle de la Commission pour les contributions des États membres — puis à la faire contrôler, approuver et soumettre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="52"/>
        <source>How it works</source>
        <translation>Comment cela fonctionne</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="58"/>
        <source>Part I: write a short political assessment for each of the Pact&apos;s five policy areas.</source>
        <translation>Partie I&#xa0;: rédigez une brève évaluation politique pour chacun des cinq domaines d&apos;action du Pacte.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="62"/>
        <source>Part II: for each commitment of the Pact, describe the main actions undertaken and the most significant developments planned, and answer the Commission&apos;s extra questions — they are shown as orange cards so that none is missed.</source>
        <translation>Partie II&#xa0;: pour chaque engagement du Pacte, décrivez les principales actions entreprises et les évolutions les plus importantes prévues, et répondez aux questions supplémentaires de la Commission — elles apparaissent sur des fiches orange pour qu&apos;aucune ne soit oubliée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="68"/>
        <source>Everything you type is saved as you type. There is no Save button, and nothing is lost if the computer stops.</source>
        <translation>Tout ce que vous saisissez est enregistré au fur et à mesure. Il n&apos;y a pas de bouton Enregistrer, et rien n&apos;est perdu si l&apos;ordinateur s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="72"/>
        <source>The checks on the right tell you what is still missing before the deadline.</source>
        <translation>Les contrôles à droite vous indiquent ce qui manque encore avant l&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="83"/>
        <source>&amp;Open a draft…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="84"/>
        <source>Look at a &amp;fictional example</source>
        <translation>Voir un &amp;exemple fictif</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="96"/>
        <source>The example is an invented contribution, clearly marked as fictional, that you can change freely to look around.</source>
        <translation>L&apos;exemple est une contribution inventée, clairement signalée comme fictive, que vous pouvez modifier librement pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="105"/>
        <source>&amp;Recent drafts</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="108"/>
        <source>Recent drafts</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="109"/>
        <source>One click opens a draft</source>
        <translation>Un clic ouvre un projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="119"/>
        <source>No draft opened yet on this computer.</source>
        <translation>Aucun projet n&apos;a encore été ouvert sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="95"/>
        <source>Merge a colleague&apos;s return</source>
        <translation>Fusionner le retour d&apos;un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="100"/>
        <source>No return chosen</source>
        <translation>Aucun retour choisi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="102"/>
        <source>Return &amp;file:</source>
        <translation>&amp;Fichier de retour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="105"/>
        <source>Choose a return package</source>
        <translation>Choisir un paquet de retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="114"/>
        <source>Choose the package (.pdx) a colleague sent back. PactDesk shows every change it brings before anything is written.</source>
        <translation>Choisissez le paquet (.pdx) renvoyé par un ou une collègue. PactDesk montre chaque modification qu&apos;il apporte avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="124"/>
        <source>What the return would do</source>
        <translation>Ce que ferait le retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="125"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="182"/>
        <source>Incoming changes</source>
        <translation>Modifications reçues</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="130"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="132"/>
        <source>Merge the accepted changes</source>
        <translation>Fusionner les modifications acceptées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="150"/>
        <source>Resolve open conflicts</source>
        <translation>Résoudre les conflits en suspens</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="156"/>
        <source>Resolve the conflicts as decided</source>
        <translation>Résoudre les conflits comme décidé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="165"/>
        <source>%n open conflict(s): this draft&apos;s text stays until you decide.</source>
        <translation>
            <numerusform>%n conflit en suspens&#xa0;: le texte de ce projet reste en place jusqu&apos;à votre décision.</numerusform>
            <numerusform>%n conflits en suspens&#xa0;: le texte de ce projet reste en place jusqu&apos;à votre décision.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="167"/>
        <source>No open conflicts.</source>
        <translation>Aucun conflit en suspens.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Incoming c&amp;hanges:</source>
        <translation>&amp;Modifications reçues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="189"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="190"/>
        <source>Accept this change</source>
        <translation>Accepter cette modification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="191"/>
        <source>&amp;Reject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="192"/>
        <source>Reject this change</source>
        <translation>Rejeter cette modification</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="193"/>
        <source>Accept a&amp;ll</source>
        <translation>Tout acce&amp;pter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="194"/>
        <source>Accept every change</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="195"/>
        <source>Reject all</source>
        <translation>Tout rejeter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="196"/>
        <source>Reject every change</source>
        <translation>Rejeter toutes les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="213"/>
        <source>The change, old to new: deleted words struck through, inserted words underlined</source>
        <translation>La modification, de l&apos;ancien au nouveau&#xa0;: mots supprimés barrés, mots insérés soulignés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="226"/>
        <source>Conflicts: fields both sides changed</source>
        <translation>Conflits&#xa0;: champs modifiés des deux côtés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="228"/>
        <source>C&amp;onflicts:</source>
        <translation>C&amp;onflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="233"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Garder le nôtre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="234"/>
        <source>Keep this draft&apos;s text</source>
        <translation>Garder le texte de ce projet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="235"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre le &amp;leur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="236"/>
        <source>Take the return&apos;s text</source>
        <translation>Prendre le texte du retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="237"/>
        <source>&amp;Use merged text</source>
        <translation>&amp;Utiliser le texte fusionné</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="238"/>
        <source>Use the merged text as edited</source>
        <translation>Utiliser le texte fusionné tel que modifié</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="250"/>
        <source>This draft (ours)</source>
        <translation>Ce projet (le nôtre)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="251"/>
        <source>The return (theirs)</source>
        <translation>Le retour (le leur)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="252"/>
        <source>Merged te&amp;xt (you can edit it)</source>
        <translation>Te&amp;xte fusionné (modifiable)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Merge a return</source>
        <translation>Fusionner un retour</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Exchange packages (*.pdx);;All files (*)</source>
        <translation>Paquets d&apos;échange (*.pdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="315"/>
        <source>Open the encrypted return</source>
        <translation>Ouvrir le retour chiffré</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="316"/>
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
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="489"/>
        <source>Merged: %n field(s) changed.</source>
        <translation>
            <numerusform>Fusion terminée&#xa0;: %n champ modifié.</numerusform>
            <numerusform>Fusion terminée&#xa0;: %n champs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="35"/>
        <source>Show the items &amp;of</source>
        <translation>Afficher les éléments &amp;de</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="127"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="57"/>
        <source>Make the submission bundle</source>
        <extracomment>How many reasons the refusal names in its message (all are in the details).</extracomment>
        <translation>Créer le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="63"/>
        <source>The bundle is the file you submit to the Commission: the contribution as JSON, workbook and PDF, every sign-off, and your signature as submitter. It can be made once every required sign-off holds and no error remains.</source>
        <translation>Le dossier de soumission est le fichier que vous soumettez à la Commission&#xa0;: la contribution en JSON, en classeur et en PDF, toutes les approbations et votre signature en tant qu&apos;auteur de la soumission. Il peut être créé dès que toutes les approbations requises sont valables et qu&apos;il ne reste aucune erreur.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="72"/>
        <source>Where to save the bundle</source>
        <translation>Où enregistrer le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="80"/>
        <source>Only a &amp;preview to check (unsigned, marked PREVIEW; it cannot be submitted)</source>
        <translation>Seulement un &amp;aperçu à vérifier (non signé, marqué APERÇU&#xa0;; il ne peut pas être soumis)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="82"/>
        <source>Only a preview</source>
        <translation>Seulement un aperçu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="84"/>
        <source>This &amp;replaces an earlier submission</source>
        <translation>Ceci &amp;remplace une soumission antérieure</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="85"/>
        <source>This replaces an earlier submission</source>
        <translation>Ceci remplace une soumission antérieure</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="88"/>
        <source>The &amp;earlier bundle:</source>
        <translation>Le dossier de soumission an&amp;térieur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="89"/>
        <source>The earlier bundle this one replaces</source>
        <translation>Le dossier de soumission antérieur que celui-ci remplace</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="93"/>
        <source>Submitted &amp;by:</source>
        <translation>Soumis &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="97"/>
        <source>Progress of the bundle</source>
        <translation>Avancement du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="105"/>
        <source>&amp;Make the bundle</source>
        <translation>&amp;Créer le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="107"/>
        <source>Make the bundle</source>
        <translation>Créer le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="109"/>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="110"/>
        <source>Stop making the bundle</source>
        <translation>Arrêter la création du dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="168"/>
        <source>Making the bundle…</source>
        <translation>Création du dossier de soumission…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="201"/>
        <source>Made a PREVIEW in {path}: unsigned and marked PREVIEW, to check the contribution; it cannot be submitted.</source>
        <translation>Un APERÇU a été créé dans {path}&#xa0;: non signé et marqué APERÇU, pour vérifier la contribution&#xa0;; il ne peut pas être soumis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="206"/>
        <source>Made the submission bundle in {path}: revision {revision}, %n sign-off(s) and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</source>
        <translation>
            <numerusform>Dossier de soumission créé dans {path}&#xa0;: révision {revision}, %n approbation et votre signature. Soumettez ce fichier et remettez séparément aux destinataires le certificat de l&apos;autorité de certification.</numerusform>
            <numerusform>Dossier de soumission créé dans {path}&#xa0;: révision {revision}, %n approbations et votre signature. Soumettez ce fichier et remettez séparément aux destinataires le certificat de l&apos;autorité de certification.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="213"/>
        <source>It replaces the earlier submission.</source>
        <translation>Il remplace la soumission antérieure.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="219"/>
        <source>Stopped; no bundle was written.</source>
        <translation>Arrêté&#xa0;; aucun dossier de soumission n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="225"/>
        <source>… and {count} more (see the details).</source>
        <translation>… et {count} autres (voir les détails).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="228"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="230"/>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="36"/>
        <source>Import a Word document</source>
        <translation>Importer un document Word</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="37"/>
        <source>No document chosen</source>
        <translation>Aucun document choisi</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="38"/>
        <location filename="../../pactdesk/services/formats.py" line="129"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="39"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="40"/>
        <source>Choose a Word document</source>
        <translation>Choisir un document Word</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="42"/>
        <source>Choose the Word document a colleague filled in — one PactDesk exported, or the Commission&apos;s template filled in by hand. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation>Choisissez le document Word rempli par un ou une collègue — exporté par PactDesk, ou le modèle de la Commission rempli à la main. PactDesk le lit et montre ce qu&apos;il changerait avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="46"/>
        <source>Changes the document brings</source>
        <translation>Modifications apportées par le document</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="47"/>
        <source>From the document</source>
        <translation>Issu du document</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="48"/>
        <source>In the document (not imported)</source>
        <translation>Dans le document (non importé)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="49"/>
        <source>Problems in the document</source>
        <translation>Problèmes dans le document</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="50"/>
        <source>What the document would do</source>
        <translation>Ce que ferait le document</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="51"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="52"/>
        <source>The document does not say who saved it; the changes will be yours.</source>
        <translation>Le document n&apos;indique pas qui l&apos;a enregistré&#xa0;; les modifications seront enregistrées à votre nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="53"/>
        <source>Not exported from this draft: it fills only fields that are empty here.</source>
        <translation>Non exporté de ce projet&#xa0;: il ne remplit que les champs vides ici.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="54"/>
        <source>The document could not be read: {why}</source>
        <translation>Le document n&apos;a pas pu être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="62"/>
        <source>Read with the changes &amp;accepted</source>
        <translation>Lire avec les modifications &amp;acceptées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="63"/>
        <source>Read with the changes &amp;rejected</source>
        <translation>Lire avec les modifications &amp;rejetées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="105"/>
        <source>This document still has %n tracked change(s), listed under Problems. Read it with them accepted or rejected?</source>
        <translation>
            <numerusform>Ce document contient encore %n modification suivie, listée sous Problèmes. Le lire en l&apos;acceptant ou en la rejetant&#xa0;?</numerusform>
            <numerusform>Ce document contient encore %n modifications suivies, listées sous Problèmes. Le lire en les acceptant ou en les rejetant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="65"/>
        <source>Send a sign-off request</source>
        <translation>Envoyer une demande d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="71"/>
        <source>The request holds exactly this version of the contribution and a PDF to read. Send it to the colleague who signs off on their own computer; they send back a signed answer, which you take in with Take in a signed answer.</source>
        <translation>La demande contient exactement cette version de la contribution et un PDF à lire. Envoyez-la au ou à la collègue qui approuve sur son propre ordinateur&#xa0;; il ou elle renvoie une réponse signée, que vous intégrez avec Intégrer une réponse signée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="80"/>
        <source>Where to save the sign-off request</source>
        <translation>Où enregistrer la demande d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="92"/>
        <source>&amp;Save the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="99"/>
        <source>Choose where to save the request first.</source>
        <translation>Choisissez d&apos;abord où enregistrer la demande.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="109"/>
        <source>Making the request (with its PDF)…</source>
        <translation>Création de la demande (avec son PDF)…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="121"/>
        <source>Saved the sign-off request for revision {revision} in {path}. Send it to the colleague who signs off.</source>
        <translation>La demande d&apos;approbation de la révision {revision} a été enregistrée dans {path}. Envoyez-la au ou à la collègue qui approuve.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="456"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="129"/>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="142"/>
        <source>Sign a colleague&apos;s request</source>
        <translation>Signer la demande d&apos;un ou une collègue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="147"/>
        <source>The &amp;request:</source>
        <translation>La &amp;demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="148"/>
        <source>The sign-off request you received</source>
        <translation>La demande d&apos;approbation que vous avez reçue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="152"/>
        <source>Choose the sign-off request you received.</source>
        <translation>Choisissez la demande d&apos;approbation que vous avez reçue.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="154"/>
        <source>What the request asks you to sign</source>
        <translation>Ce que la demande vous invite à signer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="160"/>
        <source>The contribution you are asked to sign</source>
        <translation>La contribution que vous êtes invité(e) à signer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="172"/>
        <source>Save its &amp;PDF to read…</source>
        <translation>Enregistrer son &amp;PDF pour le lire…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="173"/>
        <source>Save the request&apos;s PDF to read</source>
        <translation>Enregistrer le PDF de la demande pour le lire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="190"/>
        <source>Save the signed &amp;answer as:</source>
        <translation>Enregistrer la &amp;réponse signée sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="191"/>
        <source>Where to save the signed answer</source>
        <translation>Où enregistrer la réponse signée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="244"/>
        <source>{sender} asks you to sign off {state}&apos;s contribution to the {cycle} cycle, revision {revision}.</source>
        <translation>{sender} vous demande d&apos;approuver la contribution de {state} pour le cycle {cycle}, révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="247"/>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="258"/>
        <source>What is signed is this exact content; SHA-256 {digest}.</source>
        <translation>Ce qui est signé est exactement ce contenu&#xa0;; SHA-256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="280"/>
        <source>Save the PDF to read</source>
        <translation>Enregistrer le PDF pour le lire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="282"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="295"/>
        <source>Saved the PDF to read in {path}.</source>
        <translation>Le PDF à lire a été enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="344"/>
        <source>Signed. {name} signed off revision {revision} as {role}. Send {path} back to the coordinator.</source>
        <translation>Signé. {name} a approuvé la révision {revision} en tant que {role}. Renvoyez {path} au coordinateur ou à la coordinatrice.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="367"/>
        <source>Take in a signed answer</source>
        <translation>Intégrer une réponse signée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="371"/>
        <source>Choose the signed answer your colleague sent back. PactDesk checks that it signs exactly the current version before recording it.</source>
        <translation>Choisissez la réponse signée renvoyée par votre collègue. PactDesk vérifie qu&apos;elle signe exactement la version actuelle avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>Signed &amp;answer:</source>
        <translation>&amp;Réponse signée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>The signed answer</source>
        <translation>La réponse signée</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="377"/>
        <source>&amp;Take it in</source>
        <translation>&amp;Intégrer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="378"/>
        <source>Choose the signed answer first.</source>
        <translation>Choisissez d&apos;abord la réponse signée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="379"/>
        <source>Checking the signed answer…</source>
        <translation>Vérification de la réponse signée…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="393"/>
        <source>Recorded {name}&apos;s sign-off as {role} at revision {revision}. {next}</source>
        <translation>L&apos;approbation de {name} en tant que {role} à la révision {revision} est enregistrée. {next}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="380"/>
        <source>Nothing was recorded.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="66"/>
        <location filename="../../pactdesk/services/verify_messages.py" line="90"/>
        <source>{summary}</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="67"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="68"/>
        <source>{label} could not be checked ({why})</source>
        <translation>Impossible de vérifier {label} ({why})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="71"/>
        <source>this is a PREVIEW bundle: nothing in it is signed for submission</source>
        <translation>ceci est un dossier de soumission en APERÇU&#xa0;: rien n&apos;y est signé pour la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="75"/>
        <source>the file is not an ASiC-E container (its mimetype is wrong)</source>
        <translation>le fichier n&apos;est pas un conteneur ASiC-E (son type MIME est incorrect)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="78"/>
        <source>the bundle holds a file a bundle does not have: {name}</source>
        <translation>le dossier de soumission contient un fichier qu&apos;un dossier de soumission ne comporte pas&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="80"/>
        <source>the bundle lacks {name}</source>
        <translation>il manque {name} dans le dossier de soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="81"/>
        <source>the bundle holds no signed manifest</source>
        <translation>le dossier de soumission ne contient aucun manifeste signé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="84"/>
        <source>the bundle mixes CAdES and XAdES signatures; a bundle is all of one form</source>
        <translation>le dossier de soumission mêle des signatures CAdES et XAdES ; un dossier est d&apos;une seule forme</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="88"/>
        <source>META-INF/manifest.xml does not list the bundle&apos;s files as PactDesk writes it</source>
        <translation>META-INF/manifest.xml ne liste pas les fichiers du dossier de soumission comme PactDesk l&apos;écrit</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="91"/>
        <source>contribution.json cannot be read</source>
        <translation>contribution.json ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="94"/>
        <source>{manifest} cannot be read: {why}</source>
        <translation>{manifest} ne peut pas être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="97"/>
        <source>{manifest} cannot be read: it is not a sound manifest</source>
        <translation>{manifest} ne peut pas être lu&#xa0;: ce n&apos;est pas un manifeste valide</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="101"/>
        <source>{manifest} names the signature {named}, not {expected}</source>
        <translation>{manifest} désigne la signature {named}, et non {expected}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="104"/>
        <source>{manifest} names {name}, which is missing</source>
        <translation>{manifest} désigne {name}, qui est absent</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="108"/>
        <source>{name} does not match its digest in {manifest} (it was changed after signing)</source>
        <translation>{name} ne correspond pas à son empreinte dans {manifest} (il a été modifié après la signature)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="110"/>
        <source>the signature {signature} is missing</source>
        <translation>la signature {signature} est absente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="112"/>
        <source>{signature} has no manifest</source>
        <translation>{signature} n&apos;a pas de manifeste</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="116"/>
        <source>{signature}: {why}</source>
        <translation>{signature}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="118"/>
        <source>{signature}: the signature cannot be read</source>
        <translation>{signature}&#xa0;: la signature ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="122"/>
        <source>{signature}: the signer&apos;s certificate is damaged</source>
        <translation>{signature}&#xa0;: le certificat du signataire est endommagé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="126"/>
        <source>{signature}: the signed content does not match the signature (digest mismatch)</source>
        <translation>{signature}&#xa0;: le contenu signé ne correspond pas à la signature (empreinte différente)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="130"/>
        <source>{signature}: the signature value does not verify with the signer&apos;s certificate</source>
        <translation>{signature}&#xa0;: la valeur de la signature ne se vérifie pas avec le certificat du signataire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="135"/>
        <source>{signature}: the signing-certificate-v2 attribute is missing or names another certificate</source>
        <translation>{signature}&#xa0;: l&apos;attribut signing-certificate-v2 est absent ou désigne un autre certificat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="140"/>
        <source>{signature}: the signature is not in DER encoding</source>
        <extracomment>:func:`pactdesk.signing.cades.cms_structure_problems` ids -&gt; sentences</extracomment>
        <translation>{signature}&#xa0;: la signature n&apos;est pas encodée en DER</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="142"/>
        <source>{signature}: the signature is not a readable CMS object</source>
        <translation>{signature}&#xa0;: la signature n&apos;est pas un objet CMS lisible</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="146"/>
        <source>{signature}: the signature has an unexpected SignedData version</source>
        <translation>{signature}&#xa0;: la signature a une version SignedData inattendue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="149"/>
        <source>{signature}: the signature has more than one signer</source>
        <translation>{signature}&#xa0;: la signature a plus d&apos;un signataire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="153"/>
        <source>{signature}: the signature&apos;s digest algorithms do not match its signer&apos;s</source>
        <translation>{signature}&#xa0;: les algorithmes d&apos;empreinte de la signature ne correspondent pas à ceux de son signataire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="156"/>
        <source>{signature}: the signature is not over plain data</source>
        <translation>{signature}&#xa0;: la signature ne porte pas sur des données simples</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="160"/>
        <source>{signature}: the signature carries revocation lists PactDesk does not read</source>
        <translation>{signature}&#xa0;: la signature contient des listes de révocation que PactDesk ne lit pas</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="164"/>
        <source>{signature}: the signer&apos;s SignerInfo has an unexpected version</source>
        <translation>{signature}&#xa0;: le SignerInfo du signataire a une version inattendue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="168"/>
        <source>{signature}: the signature carries unsigned attributes</source>
        <translation>{signature}&#xa0;: la signature contient des attributs non signés</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="172"/>
        <source>{signature}: the signature does not carry its signer&apos;s certificate</source>
        <translation>{signature}&#xa0;: la signature ne contient pas le certificat de son signataire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="176"/>
        <source>{signature}: a CA certificate in the signature is damaged</source>
        <translation>{signature}&#xa0;: un certificat d&apos;AC contenu dans la signature est endommagé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="180"/>
        <source>{signature}: the signature carries a certificate unrelated to its signer</source>
        <translation>{signature}&#xa0;: la signature contient un certificat sans rapport avec son signataire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="186"/>
        <source>the last manifest is not the submitter&apos;s</source>
        <translation>le dernier manifeste n&apos;est pas celui de l&apos;auteur de la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="190"/>
        <source>{name} is not signed by the submitter&apos;s final manifest</source>
        <translation>{name} n&apos;est pas signé par le manifeste final de l&apos;auteur de la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="192"/>
        <source>the bundle carries no sign-off</source>
        <translation>le dossier de soumission ne comporte aucune approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="193"/>
        <source>sign-off {number} is out of sequence</source>
        <translation>l&apos;approbation {number} n&apos;est pas à sa place dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="195"/>
        <source>{manifest} is a submission, not a sign-off</source>
        <translation>{manifest} est une soumission, et non une approbation</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="197"/>
        <source>{manifest} is not a PactDesk sign-off</source>
        <translation>{manifest} n&apos;est pas une approbation PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="198"/>
        <source>{manifest} says it is sign-off {sequence}</source>
        <translation>{manifest} indique être l&apos;approbation {sequence}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="201"/>
        <source>{manifest} signs another Member State&apos;s or cycle&apos;s contribution</source>
        <translation>{manifest} signe la contribution d&apos;un autre État membre ou d&apos;un autre cycle de rapport</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="204"/>
        <source>{manifest} does not sign contribution.json</source>
        <translation>{manifest} ne signe pas contribution.json</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="208"/>
        <source>the first sign-off {manifest} names an earlier signature</source>
        <translation>la première approbation {manifest} désigne une signature antérieure</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="213"/>
        <source>{manifest} does not name the sign-off before it ({previous}): the order was changed</source>
        <translation>{manifest} ne désigne pas l&apos;approbation qui le précède ({previous})&#xa0;: l&apos;ordre a été modifié</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="218"/>
        <source>sign-off {number} names another history than the contribution&apos;s</source>
        <translation>l&apos;approbation {number} désigne un autre historique que celui de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="223"/>
        <source>sign-off {number} is for revision {signed}, the contribution is revision {revision}</source>
        <translation>l&apos;approbation {number} porte sur la révision {signed}, alors que la contribution est à la révision {revision}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="228"/>
        <source>the submitter&apos;s manifest names another revision than the contribution</source>
        <translation>le manifeste de l&apos;auteur de la soumission désigne une autre révision que celle de la contribution</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="233"/>
        <source>contribution.pdf cannot be read as a PDF</source>
        <translation>contribution.pdf ne peut pas être lu comme un PDF</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="235"/>
        <location filename="../../pactdesk/services/verify_messages.py" line="239"/>
        <source>contribution.pdf carries no signature over the whole file</source>
        <translation>contribution.pdf ne comporte aucune signature portant sur l&apos;ensemble du fichier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="241"/>
        <source>contribution.pdf&apos;s signature cannot be read</source>
        <translation>la signature de contribution.pdf ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="243"/>
        <source>contribution.pdf&apos;s signature does not verify</source>
        <translation>la signature de contribution.pdf ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="248"/>
        <source>contribution.pdf was signed by someone other than the submitter</source>
        <translation>contribution.pdf a été signé par une autre personne que l&apos;auteur de la soumission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="255"/>
        <source>{who}&apos;s certificate was not issued by a trusted CA</source>
        <translation>le certificat de {who} n&apos;a pas été émis par une AC de confiance</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="260"/>
        <source>{who}&apos;s certificate was issued with a certificate that is not a CA&apos;s (a person&apos;s own certificate cannot issue others)</source>
        <translation>le certificat de {who} a été émis avec un certificat qui n&apos;est pas celui d&apos;une AC (le certificat personnel d&apos;une personne ne peut pas en émettre d&apos;autres)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="267"/>
        <source>{who}&apos;s certificate was issued by a CA certificate that is not allowed to sign certificates (no keyCertSign)</source>
        <translation>le certificat de {who} a été émis par un certificat d&apos;AC qui n&apos;est pas autorisé à signer des certificats (pas de keyCertSign)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="274"/>
        <source>{who}&apos;s certificate is more CA steps away from the trusted CA than that CA allows (its path length limit)</source>
        <translation>le certificat de {who} est séparé de l&apos;AC de confiance par plus d&apos;échelons d&apos;AC que cette AC ne l&apos;autorise (sa limite de longueur de chemin)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="281"/>
        <source>{who}&apos;s certificate path holds a certificate with a critical extension PactDesk does not know, so it cannot be relied on</source>
        <translation>le chemin de certification de {who} contient un certificat portant une extension critique que PactDesk ne connaît pas&#xa0;; on ne peut donc pas s&apos;y fier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="288"/>
        <source>{who}&apos;s certificate path holds a certificate that had expired when the signature says it was made ({at})</source>
        <translation>le chemin de certification de {who} contient un certificat qui avait expiré au moment où, selon la signature, celle-ci a été faite ({at})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="295"/>
        <source>{who}&apos;s certificate path holds a certificate that was not yet valid when the signature says it was made ({at})</source>
        <translation>le chemin de certification de {who} contient un certificat qui n&apos;était pas encore valide au moment où, selon la signature, celle-ci a été faite ({at})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="302"/>
        <source>{who}&apos;s certificate is not allowed to sign documents (no digitalSignature or nonRepudiation key usage)</source>
        <translation>le certificat de {who} n&apos;est pas autorisé à signer des documents (pas d&apos;usage de clé digitalSignature ni nonRepudiation)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="309"/>
        <source>{who}&apos;s certificate chains to a trusted certificate that is not a CA certificate allowed to sign certificates</source>
        <translation>le certificat de {who} remonte à un certificat de confiance qui n&apos;est pas un certificat d&apos;AC autorisé à signer des certificats</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="315"/>
        <source>{who}&apos;s certificate path uses an algorithm too weak to rely on</source>
        <translation>le chemin de certification de {who} utilise un algorithme trop faible pour qu&apos;on puisse s&apos;y fier</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="319"/>
        <source>{who}&apos;s certificate chain cannot be read or does not verify</source>
        <translation>la chaîne de certificats de {who} ne peut pas être lue ou ne se vérifie pas</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="327"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), before the signature says it was made ({at}): the signature does not count</source>
        <translation>le certificat de {who} a été révoqué le {revoked} ({reason}), avant le moment où la signature dit avoir été faite ({at})&#xa0;: la signature ne compte pas</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="334"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), after the signature says it was made ({at}); the signature still counts.</source>
        <translation>le certificat de {who} a été révoqué le {revoked} ({reason}), après le moment où la signature dit avoir été faite ({at})&#xa0;; la signature compte toujours.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="341"/>
        <source>Revocation was checked with {name}, the revocation list &apos;{issuer}&apos; issued on {date}: it shows what that CA had revoked by then, nothing later.</source>
        <translation>La révocation a été contrôlée avec {name}, la liste de révocation émise par «&#xa0;{issuer}&#xa0;» le {date}&#xa0;: elle montre ce que cette AC avait révoqué à cette date, rien de plus tardif.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="347"/>
        <source>{name} is not a revocation list signed by a trusted CA; it was ignored.</source>
        <translation>{name} n&apos;est pas une liste de révocation signée par une AC de confiance&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="351"/>
        <source>{name} is not a revocation list; it was ignored.</source>
        <translation>{name} n&apos;est pas une liste de révocation&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="355"/>
        <source>changes.json cannot be read</source>
        <translation>changes.json ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="358"/>
        <source>the bundle carries changes.json but names no bundle it replaces</source>
        <translation>le dossier de soumission contient changes.json mais ne désigne aucun dossier de soumission qu&apos;il remplace</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="362"/>
        <source>changes.json and the submitter&apos;s manifest name different bundles replaced</source>
        <translation>changes.json et le manifeste de l&apos;auteur de la soumission désignent des dossiers de soumission remplacés différents</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="366"/>
        <source>the bundle names a bundle it replaces but carries no changes.json</source>
        <translation>le dossier de soumission désigne un dossier de soumission qu&apos;il remplace mais ne contient pas changes.json</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="373"/>
        <source>The signers&apos; identities were not checked: no trusted CA certificate was given (use --trust CA.pem). Anyone can make a certificate with any name.</source>
        <translation>Les identités des signataires n&apos;ont pas été vérifiées&#xa0;: aucun certificat d&apos;AC de confiance n&apos;a été fourni (utilisez --trust CA.pem). N&apos;importe qui peut créer un certificat à n&apos;importe quel nom.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="380"/>
        <source>The signing times are what each signer&apos;s computer said; no trusted time-stamp proves them.</source>
        <translation>Les heures de signature sont celles qu&apos;indiquait l&apos;ordinateur de chaque signataire&#xa0;; aucun horodatage de confiance ne les prouve.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="386"/>
        <source>Revocation is known only from a revocation list: nothing a CA revoked after the list&apos;s date shows, and a bundle&apos;s own list is as current as the submitter made it.</source>
        <translation>La révocation n&apos;est connue que par une liste de révocation&#xa0;: rien de ce qu&apos;une AC a révoqué après la date de la liste n&apos;apparaît, et la liste d&apos;un dossier de soumission n&apos;est à jour que dans la mesure où la personne qui l&apos;a soumis l&apos;a rendue telle.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="43"/>
        <source>drafting</source>
        <translation>en rédaction</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="44"/>
        <source>ready for review</source>
        <translation>prêt pour relecture</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="45"/>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="46"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="55"/>
        <source>Comments and review</source>
        <translation>Commentaires et relecture</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="58"/>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="59"/>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="60"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation>&amp;Ajouter un commentaire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="82"/>
        <source>A&amp;nswer</source>
        <translation>Répo&amp;ndre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="83"/>
        <source>Re&amp;solve</source>
        <translation>Réso&amp;udre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="88"/>
        <source>&amp;Item:</source>
        <translation>&amp;Élément&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="90"/>
        <source>Comm&amp;ent:</source>
        <translation>Comm&amp;entaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="37"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="137"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Comment added.</source>
        <translation>Commentaire ajouté.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="143"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="401"/>
        <source>Choose the comment to answer first.</source>
        <translation>Choisissez d&apos;abord le commentaire auquel répondre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="409"/>
        <source>Choose the comment to resolve first.</source>
        <translation>Choisissez d&apos;abord le commentaire à résoudre.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="413"/>
        <source>Comment resolved.</source>
        <translation>Commentaire résolu.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Waits for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="164"/>
        <source>Review states</source>
        <translation>États de relecture</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="168"/>
        <source>Se&amp;t state</source>
        <translation>Appli&amp;quer l&apos;état</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="171"/>
        <source>&amp;New state:</source>
        <translation>&amp;Nouvel état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="176"/>
        <source>&amp;Items and their review:</source>
        <translation>&amp;Éléments et leur relecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the reviewer</source>
        <translation>la personne qui relit</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the writer</source>
        <translation>la personne qui rédige</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="200"/>
        <source>Choose an item first.</source>
        <translation>Choisissez d&apos;abord un élément.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="207"/>
        <source>Review state changed.</source>
        <translation>État de relecture modifié.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="220"/>
        <source>Sho&amp;w changes</source>
        <translation>Affic&amp;her les modifications</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="225"/>
        <source>&amp;From revision:</source>
        <translation>&amp;De la révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="227"/>
        <source>&amp;To revision:</source>
        <translation>&amp;À la révision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="248"/>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="116"/>
        <source>Comments on this i&amp;tem</source>
        <extracomment>How long typing must pause before the highlights are placed again.</extracomment>
        <translation>Commentaires sur cet élémen&amp;t</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="121"/>
        <source>Comments on this item</source>
        <translation>Commentaires sur cet élément</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="129"/>
        <source>&amp;Your comment (Ctrl+Enter adds it):</source>
        <translation>&amp;Votre commentaire (Ctrl+Entrée l&apos;ajoute)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="131"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="134"/>
        <source>Add co&amp;mment</source>
        <translation>A&amp;jouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="135"/>
        <source>Ans&amp;wer</source>
        <translation>Répon&amp;dre</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="136"/>
        <source>Resolve threa&amp;d</source>
        <translation>Résoudre le f&amp;il</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="227"/>
        <source>{author}, {when} ({state}): {text}</source>
        <translation>{author}, {when} ({state})&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="235"/>
        <source>Detached: the words “{quote}” are no longer in {field}.</source>
        <translation>Détaché&#xa0;: les mots «&#xa0;{quote}&#xa0;» ne sont plus dans {field}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="239"/>
        <source>On “{quote}” in {field}</source>
        <translation>Sur «&#xa0;{quote}&#xa0;» dans {field}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="243"/>
        <source>On {field}</source>
        <translation>Sur {field}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="263"/>
        <source>No comments on this item yet.</source>
        <translation>Pas encore de commentaire sur cet élément.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="279"/>
        <source>To comment on some words, select them in the answer and press {keys}.</source>
        <translation>Pour commenter des mots, sélectionnez-les dans la réponse et appuyez sur {keys}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="288"/>
        <source>The next comment is on “{quote}” in {field}.</source>
        <translation>Le prochain commentaire porte sur «&#xa0;{quote}&#xa0;» dans {field}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Answer added.</source>
        <translation>Réponse ajoutée.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="435"/>
        <source>The words this comment was on are no longer in the answer.</source>
        <translation>Les mots que ce commentaire visait ne sont plus dans la réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="373"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="62"/>
        <source>Select some words in an answer first.</source>
        <translation>Sélectionnez d&apos;abord des mots dans une réponse.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="97"/>
        <location filename="../../pactdesk/services/formats.py" line="104"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="100"/>
        <source>To read, circulate and sign off: laid out like the Commission&apos;s Annex, marked DRAFT.</source>
        <translation>Pour lire, faire circuler et valider : mis en page comme l&apos;annexe de la Commission, marqué PROJET.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="109"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="112"/>
        <source>For colleagues without PactDesk: they fill it in and send it back for import.</source>
        <translation>Pour les collègues sans PactDesk : ils le remplissent et le renvoient pour l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="116"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="121"/>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="124"/>
        <source>The Annex as a Word document: to fill in by colleagues who answer in Word, and the accessible version (real headings, named answer boxes). It imports back.</source>
        <translation>L&apos;annexe sous forme de document Word : à remplir par les collègues qui répondent dans Word, et la version accessible (vrais titres, zones de réponse nommées). Elle se réimporte.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="134"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="136"/>
        <source>The contribution as pactdesk.contribution/1, for other programs.</source>
        <translation>La contribution au format pactdesk.contribution/1, pour d&apos;autres programmes.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="139"/>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="94"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; every signer is trusted.</source>
        <extracomment>What cannot be proven offline, said in every report.</extracomment>
        <translation>Dossier de soumission valide&#xa0;: {what}, révision {revision}, signatures&#xa0;: {count}&#xa0;; chaque signataire est de confiance.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="100"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; the signers&apos; identities were NOT checked.</source>
        <translation>Dossier de soumission valide&#xa0;: {what}, révision {revision}, signatures&#xa0;: {count}&#xa0;; les identités des signataires n&apos;ont PAS été vérifiées.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="105"/>
        <source>Not a submission: this is an unsigned PREVIEW bundle.</source>
        <translation>Pas une soumission&#xa0;: il s&apos;agit d&apos;un dossier de soumission en APERÇU, non signé.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="107"/>
        <source>Not a valid bundle: {problem}</source>
        <translation>Dossier de soumission non valide&#xa0;: {problem}</translation>
    </message>
</context>
</TS>
