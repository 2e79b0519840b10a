<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="26"/>
        <source>Chart of the data across Member States</source>
        <translation>Diagramm der Daten der Mitgliedstaaten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="39"/>
        <source>{title}: {n} Member States, {c} harmonised, {x} not comparable</source>
        <translation>{title}: {n} Mitgliedstaaten, {c} harmonisiert, {x} nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="54"/>
        <source>Choose an indicator and a period</source>
        <translation>Wählen Sie einen Indikator und einen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="58"/>
        <location filename="../../pactdesk/ui/compare/chart.py" line="59"/>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>harmonised</source>
        <translation>harmonisiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="62"/>
        <source>not comparable (not harmonised)</source>
        <translation>nicht vergleichbar (nicht harmonisiert)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>answered</source>
        <extracomment>Roles beyond Qt&apos;s: what tests and the filter read.</extracomment>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>NOT answered</source>
        <translation>NICHT beantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="138"/>
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
        <source>{n} words</source>
        <translation>{n} Wörter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="142"/>
        <source>{a} of {t} requests of the Commission answered</source>
        <translation>{a} von {t} Anfragen der Kommission beantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="146"/>
        <source>{n} data points</source>
        <translation>{n} Datenpunkte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="148"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="49"/>
        <source>changed in the update</source>
        <translation>in der Aktualisierung geändert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="162"/>
        <source>{code}, written in {language}</source>
        <translation>{code}, verfasst auf {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="77"/>
        <source>{id}: the answers side by side</source>
        <translation>{id}: die Antworten nebeneinander</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="90"/>
        <source>Political assessments of area {id} side by side</source>
        <translation>Politische Bewertungen des Bereichs {id} nebeneinander</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="100"/>
        <source>What the Commission asked</source>
        <translation>Was die Kommission gefragt hat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="107"/>
        <source>&amp;Member States shown:</source>
        <translation>Angezeigte &amp;Mitgliedstaaten:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="109"/>
        <source>Member States shown side by side</source>
        <translation>Nebeneinander angezeigte Mitgliedstaaten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="161"/>
        <source>{state}, in {language}</source>
        <translation>{state}, auf {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="71"/>
        <source>Compare contributions — PactDesk</source>
        <translation>Beiträge vergleichen — PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="86"/>
        <source>Add a &amp;folder of bundles…</source>
        <translation>&amp;Ordner mit Einreichungspaketen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="88"/>
        <source>Add &amp;bundles…</source>
        <translation>Einreichungs&amp;pakete hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="90"/>
        <source>&amp;Trust folder…</source>
        <translation>&amp;Vertrauensordner…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="92"/>
        <source>A folder with each ministry&apos;s CA certificate as XX.pem</source>
        <translation>Ein Ordner mit dem CA-Zertifikat jedes Ministeriums als XX.pem</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="95"/>
        <source>Trust a CA for &amp;every Member State…</source>
        <translation>Einer CA für &amp;alle Mitgliedstaaten vertrauen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="97"/>
        <source>&amp;Save the comparison…</source>
        <translation>Vergleich &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="113"/>
        <source>Trusted CAs</source>
        <translation>Vertrauenswürdige CAs</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="119"/>
        <source>Progress of the verification</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="120"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="123"/>
        <source>Drop bundles or a folder here, or add them with the buttons above.</source>
        <translation>Legen Sie Einreichungspakete oder einen Ordner hier ab oder fügen Sie sie mit den Schaltflächen oben hinzu.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="126"/>
        <source>State of the comparison</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="134"/>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="135"/>
        <source>&amp;Political assessments</source>
        <translation>&amp;Politische Bewertungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="136"/>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="137"/>
        <source>B&amp;undles</source>
        <translation>Einreichungspa&amp;kete</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="148"/>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="150"/>
        <source>Policy area shown</source>
        <translation>Angezeigter Politikbereich</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="151"/>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="155"/>
        <source>Only &amp;unanswered</source>
        <translation>Nur &amp;unbeantwortete</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="158"/>
        <source>Commitments where a Member State left an answer or a request of the Commission open</source>
        <translation>Verpflichtungen, bei denen ein Mitgliedstaat eine Antwort oder eine Anfrage der Kommission offen gelassen hat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="162"/>
        <source>Only &amp;changed in the update</source>
        <translation>Nur in der Aktualisierung &amp;geändert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="168"/>
        <source>Side by &amp;side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="170"/>
        <source>The answers of the Member States selected in a row, side by side (Enter)</source>
        <translation>Die Antworten der in einer Zeile ausgewählten Mitgliedstaaten nebeneinander (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="181"/>
        <source>Commitments by Member State</source>
        <translation>Verpflichtungen nach Mitgliedstaat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="192"/>
        <source>Each cell: ✓ both answers given (✗ not) · words (w) · requests of the Commission answered/asked · data points (d) · Δ changed in the January update. Orange: changed by the update; red: not answered; yellow: a request left open. Enter or a double click shows the Member States selected in a row side by side.</source>
        <translation>Jede Zelle: ✓ beide Antworten gegeben (✗ nicht) · Wörter (w) · Anfragen der Kommission beantwortet/gestellt · Datenpunkte (d) · Δ in der Januar-Aktualisierung geändert. Orange: durch die Aktualisierung geändert; rot: nicht beantwortet; gelb: eine Anfrage offen. Die Eingabetaste oder ein Doppelklick zeigt die in einer Zeile ausgewählten Mitgliedstaaten nebeneinander.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="210"/>
        <source>Policy &amp;area:</source>
        <translation>Politik&amp;bereich:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="212"/>
        <source>Policy area of the assessments</source>
        <translation>Politikbereich der Bewertungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="216"/>
        <source>Show the assessments side &amp;by side</source>
        <translation>Bewertungen &amp;nebeneinander anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="231"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="233"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="166"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="235"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="237"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="167"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="247"/>
        <source>Data across Member States</source>
        <translation>Daten der Mitgliedstaaten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="264"/>
        <source>The bundles: included, replaced, rejected</source>
        <translation>Die Einreichungspakete: aufgenommen, ersetzt, abgelehnt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="280"/>
        <source>No CA is trusted yet: choose the trust folder (XX.pem per Member State).</source>
        <translation>Noch keiner CA wird vertraut: Wählen Sie den Vertrauensordner (XX.pem je Mitgliedstaat).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="294"/>
        <source>Trusted: {n} ministry CAs, each for its own Member State only ({states})</source>
        <translation>Vertrauenswürdig: {n} CAs der Ministerien, jede nur für ihren eigenen Mitgliedstaat ({states})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="298"/>
        <source>{file} is trusted for EVERY Member State</source>
        <translation>{file} ist für ALLE Mitgliedstaaten vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="305"/>
        <source>The folder of trusted CAs (XX.pem)</source>
        <translation>Der Ordner der vertrauenswürdigen CAs (XX.pem)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="314"/>
        <source>A CA certificate to trust for every Member State</source>
        <translation>Ein CA-Zertifikat, dem für alle Mitgliedstaaten vertraut wird</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="316"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="324"/>
        <source>A folder of bundles (*.asice)</source>
        <translation>Ein Ordner mit Einreichungspaketen (*.asice)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles to compare</source>
        <translation>Zu vergleichende Einreichungspakete</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles (*.asice)</source>
        <translation>Einreichungspakete (*.asice)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="358"/>
        <source>Choose whom to trust first: {why}</source>
        <translation>Wählen Sie zuerst, wem vertraut wird: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="372"/>
        <source>Verifying the bundles…</source>
        <translation>Die Einreichungspakete werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="398"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="402"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="441"/>
        <source>Languages: {languages}</source>
        <translation>Sprachen: {languages}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="444"/>
        <source>Rejected: {names} (see Bundles).</source>
        <translation>Abgelehnt: {names} (siehe Einreichungspakete).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="522"/>
        <source>Save the comparison into a folder</source>
        <translation>Vergleich in einem Ordner speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="533"/>
        <source>Save the comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="534"/>
        <source>That folder holds the bundles; choose another folder.</source>
        <translation>Dieser Ordner enthält die Einreichungspakete; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="545"/>
        <source>Saved: {files}</source>
        <translation>Gespeichert: {files}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="69"/>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Export the contribution</source>
        <translation>Beitrag exportieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="74"/>
        <source>Choose what to make and where to save it. The draft is not changed.</source>
        <translation>Wählen Sie, was erstellt werden soll und wo es gespeichert wird. Der Entwurf wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="99"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="102"/>
        <source>Choose the file to write</source>
        <translation>Zu schreibende Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="106"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="320"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="116"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="120"/>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="130"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="69"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="137"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="140"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="324"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="185"/>
        <source>Export as {}</source>
        <translation>Als {} exportieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="205"/>
        <source>{} exists and will be replaced.</source>
        <translation>{} ist bereits vorhanden und wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="219"/>
        <source>Choose the file to write first.</source>
        <translation>Wählen Sie zuerst die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="233"/>
        <source>Exporting {}…</source>
        <translation>{} wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="252"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="267"/>
        <source>Wrote {} (revision {}).</source>
        <translation>{} wurde geschrieben (Revision {}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="269"/>
        <source>Wrote {}.</source>
        <translation>{} wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="282"/>
        <source>The export failed: {} Nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen: {} Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="320"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="379"/>
        <source>No file manager opened; the file is in {folder}.</source>
        <translation>Es wurde kein Dateimanager geöffnet; die Datei liegt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="276"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="314"/>
        <source>No program on this computer opens {}.</source>
        <translation>Kein Programm auf diesem Computer öffnet {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="55"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="73"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="73"/>
        <source>Import a workbook</source>
        <translation>Arbeitsmappe importieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="74"/>
        <source>No workbook chosen</source>
        <translation>Keine Arbeitsmappe gewählt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="75"/>
        <source>Workbook file</source>
        <translation>Arbeitsmappendatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="76"/>
        <source>&amp;Workbook:</source>
        <translation>&amp;Arbeitsmappe:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="77"/>
        <source>Choose a workbook</source>
        <translation>Arbeitsmappe auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="79"/>
        <source>Choose the Excel workbook a colleague filled in. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation>Wählen Sie die Excel-Arbeitsmappe, die eine Kollegin oder ein Kollege ausgefüllt hat. PactDesk liest sie und zeigt, was sie ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="122"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="120"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="128"/>
        <source>Now in the draft</source>
        <translation>Derzeit im Entwurf</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="83"/>
        <source>From the workbook</source>
        <translation>Aus der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="82"/>
        <source>Changes the workbook brings</source>
        <translation>Änderungen aus der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Why it was not imported</source>
        <translation>Warum nicht importiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="134"/>
        <source>Conflicts: the draft&apos;s text is kept</source>
        <translation>Konflikte: Der Text des Entwurfs bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="135"/>
        <source>In the draft (kept)</source>
        <translation>Im Entwurf (beibehalten)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="84"/>
        <source>In the workbook (not imported)</source>
        <translation>In der Arbeitsmappe (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="85"/>
        <source>Problems in the workbook</source>
        <translation>Probleme in der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="147"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="223"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="126"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="297"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="86"/>
        <source>What the workbook would do</source>
        <translation>Was die Arbeitsmappe bewirken würde</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="338"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="156"/>
        <source>Import the changes</source>
        <translation>Änderungen importieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="87"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="222"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="285"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="295"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="163"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="349"/>
        <source>Conflicts ({n})</source>
        <translation>Konflikte ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="296"/>
        <source>Changes ({n})</source>
        <translation>Änderungen ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="300"/>
        <source>Filled in by {name}.</source>
        <translation>Ausgefüllt von {name}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="88"/>
        <source>The workbook does not say who filled it in; the changes will be yours.</source>
        <translation>Die Arbeitsmappe gibt nicht an, wer sie ausgefüllt hat; die Änderungen werden Ihnen zugeschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="305"/>
        <source>Exported from this draft at revision {rev}.</source>
        <translation>Aus diesem Entwurf exportiert, Revision {rev}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="89"/>
        <source>Exported from another draft: it fills only fields that are empty here.</source>
        <translation>Aus einem anderen Entwurf exportiert: Es werden nur Felder gefüllt, die hier leer sind.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="143"/>
        <source>How the file was read</source>
        <translation>Wie die Datei gelesen wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="272"/>
        <source>How it was read (%n)</source>
        <translation>
            <numerusform>Wie gelesen (%n)</numerusform>
            <numerusform>Wie gelesen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="278"/>
        <source>Deleted in the workbook</source>
        <translation>In der Arbeitsmappe gelöscht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="286"/>
        <source>The workbook empties this field: importing deletes the draft&apos;s text.</source>
        <translation>Die Arbeitsmappe leert dieses Feld: Der Import löscht den Text des Entwurfs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="311"/>
        <source>%n field(s) will change.</source>
        <translation>
            <numerusform>%n Feld wird geändert.</numerusform>
            <numerusform>%n Felder werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="312"/>
        <source>%n conflict(s) keep the draft&apos;s text.</source>
        <translation>
            <numerusform>Bei %n Konflikt bleibt der Text des Entwurfs erhalten.</numerusform>
            <numerusform>Bei %n Konflikten bleibt der Text des Entwurfs erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="313"/>
        <source>%n field(s) are the same.</source>
        <translation>
            <numerusform>%n Feld ist gleich.</numerusform>
            <numerusform>%n Felder sind gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;importieren</numerusform>
            <numerusform>%n Änderungen &amp;importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="364"/>
        <source>Importing %n field(s)…</source>
        <translation>
            <numerusform>%n Feld wird importiert…</numerusform>
            <numerusform>%n Felder werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="374"/>
        <source>Imported: %n field(s) changed.</source>
        <translation>
            <numerusform>Importiert: %n Feld geändert.</numerusform>
            <numerusform>Importiert: %n Felder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="335"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="378"/>
        <source>Cannot read the file: {why}</source>
        <translation>Die Datei kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="90"/>
        <source>The workbook could not be read: {why}</source>
        <translation>Die Arbeitsmappe konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="340"/>
        <source>Problems ({n})</source>
        <translation>Probleme ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="44"/>
        <source>Which template?</source>
        <translation>Welche Vorlage?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="45"/>
        <source>The &amp;template that comes with PactDesk:</source>
        <translation>Die mit PactDesk gelieferte &amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="46"/>
        <source>The template that comes with PactDesk</source>
        <translation>Die mit PactDesk gelieferte Vorlage</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="48"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="61"/>
        <source>The template holds the Commission&apos;s questions and timetable for one reporting cycle. PactDesk comes with the {cycles} template; a later one loads from its file.</source>
        <translation>Die Vorlage enthält die Fragen und den Zeitplan der Kommission für einen Berichtszyklus. PactDesk wird mit der Vorlage {cycles} ausgeliefert; eine spätere wird aus ihrer Datei geladen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="65"/>
        <source>A template &amp;file:</source>
        <translation>Eine Vorlagen&amp;datei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="66"/>
        <source>A template file</source>
        <translation>Eine Vorlagendatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="68"/>
        <source>Template file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="70"/>
        <source>Browse for a template file</source>
        <translation>Nach einer Vorlagendatei suchen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Choose a template file</source>
        <translation>Vorlagendatei auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Template files (*.json)</source>
        <translation>Vorlagendateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="129"/>
        <source>Whose contribution, in which language?</source>
        <translation>Wessen Beitrag, in welcher Sprache?</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="130"/>
        <source>You can write in any official language of the EU.</source>
        <translation>Sie können in jeder Amtssprache der EU schreiben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="132"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member State</source>
        <translation>Mitgliedstaat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="135"/>
        <source>Reporting cycle</source>
        <translation>Berichtszyklus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="137"/>
        <source>Language of the contribution</source>
        <translation>Sprache des Beitrags</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="141"/>
        <source>Where to keep the draft</source>
        <translation>Speicherort des Entwurfs</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="142"/>
        <source>B&amp;rowse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="143"/>
        <source>Choose where to keep the draft</source>
        <translation>Speicherort des Entwurfs auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="152"/>
        <source>&amp;Member State:</source>
        <translation>&amp;Mitgliedstaat:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="153"/>
        <source>&amp;Cycle:</source>
        <translation>&amp;Berichtszyklus:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="36"/>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="47"/>
        <source>Language of the window</source>
        <extracomment>The languages the window is translated into, each named in its own language.</extracomment>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="39"/>
        <source>The language of menus, buttons and messages. Dates and numbers follow it. The language you write a contribution in is chosen for each contribution and does not change.</source>
        <translation>Die Sprache der Menüs, Schaltflächen und Meldungen. Datums- und Zahlenformate richten sich nach ihr. Die Sprache, in der Sie einen Beitrag schreiben, wird für jeden Beitrag gewählt und ändert sich nicht.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="49"/>
        <source>The system&apos;s language ({name})</source>
        <translation>Die Sprache des Systems ({name})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="53"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="154"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="57"/>
        <source>The window changes language the next time PactDesk starts.</source>
        <translation>Die Oberfläche wechselt die Sprache beim nächsten Start von PactDesk.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="51"/>
        <source>Sign-off authority (CA)</source>
        <translation>Freigabe-Zertifizierungsstelle (CA)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="56"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="112"/>
        <source>Looking for a sign-off CA on this computer…</source>
        <translation>Auf diesem Computer wird nach einer Freigabe-CA gesucht…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="58"/>
        <source>The sign-off CA of this computer</source>
        <translation>Die Freigabe-CA dieses Computers</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="62"/>
        <source>Make the ministry&apos;s sign-off CA</source>
        <translation>Freigabe-CA des Ministeriums erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="65"/>
        <source>Name of the CA</source>
        <translation>Name der CA</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="66"/>
        <source>e.g. Ministry of the Interior sign-off CA</source>
        <translation>z. B. Freigabe-CA des Innenministeriums</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="71"/>
        <source>Organisation of the CA</source>
        <translation>Organisation der CA</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="72"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="77"/>
        <source>&amp;Make the CA</source>
        <translation>CA &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="78"/>
        <source>Make the CA</source>
        <translation>CA erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="84"/>
        <source>Give recipients the CA&apos;s certificate</source>
        <translation>Den Empfängern das Zertifikat der CA geben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="88"/>
        <source>The Commission&apos;s desk officer needs this file to check who signed your bundle. Send it separately from the bundle.</source>
        <translation>Die zuständige Sachbearbeitung der Kommission braucht diese Datei, um zu prüfen, wer Ihr Einreichungspaket signiert hat. Senden Sie sie getrennt vom Einreichungspaket.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="95"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="79"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="96"/>
        <source>Where to save the CA certificate</source>
        <translation>Speicherort des CA-Zertifikats</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="101"/>
        <source>&amp;Export the certificate</source>
        <translation>Zertifikat e&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="102"/>
        <source>Export the CA certificate</source>
        <translation>CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="118"/>
        <source>For issuing and revoking. Leave it empty if the keyring keeps it.</source>
        <translation>Zum Ausstellen und Widerrufen. Leer lassen, wenn der Schlüsselbund sie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="125"/>
        <source>Issue a colleague&apos;s certificate</source>
        <translation>Zertifikat für eine Kollegin oder einen Kollegen ausstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="128"/>
        <source>Their &amp;request:</source>
        <translation>Deren &amp;Anforderung:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="129"/>
        <source>The colleague&apos;s certificate request</source>
        <translation>Die Zertifikatsanforderung der Kollegin oder des Kollegen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="135"/>
        <source>Who the request is from</source>
        <translation>Von wem die Anforderung stammt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="138"/>
        <source>Save the &amp;certificate as:</source>
        <translation>&amp;Zertifikat speichern unter:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="139"/>
        <source>Where to save the issued certificate</source>
        <translation>Speicherort des ausgestellten Zertifikats</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="113"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="119"/>
        <source>Passphrase of the sign-off CA</source>
        <translation>Passphrase der Freigabe-CA</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="114"/>
        <source>CA &amp;passphrase:</source>
        <translation>&amp;Passphrase der CA:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="144"/>
        <source>&amp;Issue the certificate</source>
        <translation>Zertifikat a&amp;usstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="145"/>
        <source>Issue the certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="151"/>
        <source>Revoke a certificate</source>
        <translation>Ein Zertifikat widerrufen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="154"/>
        <source>Certificate to re&amp;voke:</source>
        <translation>Zu &amp;widerrufendes Zertifikat:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="155"/>
        <source>The certificate to revoke</source>
        <translation>Das zu widerrufende Zertifikat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="160"/>
        <source>Why it is revoked</source>
        <translation>Warum es widerrufen wird</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="162"/>
        <source>The key may be known to someone else</source>
        <translation>Der Schlüssel ist womöglich jemand anderem bekannt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="163"/>
        <source>The person changed post or organisation</source>
        <translation>Die Person hat Stelle oder Organisation gewechselt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="164"/>
        <source>Replaced by a new certificate</source>
        <translation>Durch ein neues Zertifikat ersetzt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="165"/>
        <source>The person no longer signs for the ministry</source>
        <translation>Die Person unterzeichnet nicht mehr für das Ministerium</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="166"/>
        <source>No reason given</source>
        <translation>Ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="169"/>
        <source>Re&amp;ason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="172"/>
        <source>Revoke the cer&amp;tificate</source>
        <translation>Zertifikat wi&amp;derrufen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="173"/>
        <source>Revoke the certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="181"/>
        <source>Save the &amp;list as:</source>
        <translation>&amp;Liste speichern unter:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="182"/>
        <source>Where to save the revocation list</source>
        <translation>Wo die Sperrliste gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="183"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation>Sperrlisten (*.crl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="187"/>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="188"/>
        <source>Save the revocation list</source>
        <translation>Sperrliste speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="228"/>
        <source>This computer holds no sign-off CA. The coordinator makes one, once, on their own computer; colleagues send their certificate requests to it.</source>
        <translation>Auf diesem Computer gibt es keine Freigabe-CA. Die Koordination erstellt einmalig eine auf dem eigenen Computer; Kolleginnen und Kollegen senden ihre Zertifikatsanforderungen dorthin.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="235"/>
        <source>This computer holds the sign-off CA &apos;{name}&apos; (valid until {date}).</source>
        <translation>Dieser Computer hat die Freigabe-CA „{name}“ (gültig bis {date}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="245"/>
        <source>Publish the revocation list where the certificates say it is ({url}), and give it to whoever makes the bundle: the bundle carries it.</source>
        <translation>Veröffentlichen Sie die Sperrliste dort, wo die Zertifikate sie angeben ({url}), und geben Sie sie der Person, die das Einreichungspaket erstellt: das Paket enthält sie.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="258"/>
        <source>Give the CA a name.</source>
        <translation>Geben Sie der CA einen Namen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="271"/>
        <source>Making the CA…</source>
        <translation>Die CA wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="280"/>
        <source>Made the sign-off CA &apos;{name}&apos; on this computer; its key is kept encrypted. {kept} Now export its certificate for recipients.</source>
        <translation>Die Freigabe-CA „{name}“ wurde auf diesem Computer erstellt; ihr Schlüssel wird verschlüsselt aufbewahrt. {kept} Exportieren Sie jetzt ihr Zertifikat für die Empfänger.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="288"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="257"/>
        <source>Nothing was made.</source>
        <translation>Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="295"/>
        <source>Choose where to save the certificate first.</source>
        <translation>Wählen Sie zuerst, wo das Zertifikat gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="303"/>
        <source>Saving the certificate…</source>
        <translation>Das Zertifikat wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="308"/>
        <source>Saved the certificate of &apos;{name}&apos; in {path}. Send it to the recipients separately from the bundle.</source>
        <translation>Das Zertifikat von „{name}“ wurde in {path} gespeichert. Senden Sie es den Empfängern getrennt vom Einreichungspaket.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="330"/>
        <source>The request is from {name} ({organisation}, {email}).</source>
        <translation>Die Anforderung stammt von {name} ({organisation}, {email}).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="347"/>
        <source>Choose the request and where to save the certificate.</source>
        <translation>Wählen Sie die Anforderung und den Speicherort des Zertifikats.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="351"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="362"/>
        <source>Issuing the certificate…</source>
        <translation>Das Zertifikat wird ausgestellt…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="375"/>
        <source>Issued a signing certificate for {name} ({organisation}), valid until {date}, in {path}. Send it back to them: they install it under Signing identities → Install a certificate.</source>
        <translation>Ein Signaturzertifikat für {name} ({organisation}), gültig bis {date}, wurde in {path} ausgestellt. Senden Sie es an die Person zurück: Sie installiert es unter Signaturidentitäten → Zertifikat installieren.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="390"/>
        <source>Nothing was issued.</source>
        <translation>Es wurde nichts ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="397"/>
        <source>Choose the certificate to revoke first.</source>
        <translation>Wählen Sie zuerst das zu widerrufende Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="406"/>
        <source>Revoking the certificate…</source>
        <translation>Das Zertifikat wird widerrufen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="414"/>
        <source>Revoked the certificate of {name} ({email}) as of {date}. Its signatures made from now on do not count. Save the revocation list and publish it.</source>
        <translation>Das Zertifikat von {name} ({email}) ist seit {date} widerrufen. Ab jetzt damit geleistete Signaturen zählen nicht. Speichern und veröffentlichen Sie die Sperrliste.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="426"/>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="431"/>
        <source>Choose where to save the revocation list first.</source>
        <translation>Wählen Sie zuerst, wo die Sperrliste gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="440"/>
        <source>Saving the revocation list…</source>
        <translation>Die Sperrliste wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="447"/>
        <source>Saved the revocation list in {path}; it is current for {days} days.</source>
        <translation>Sperrliste in {path} gespeichert; sie gilt {days} Tage als aktuell.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <source>Keep the draft as</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>PactDesk drafts (*.pactdesk)</source>
        <translation>PactDesk-Entwürfe (*.pactdesk)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="206"/>
        <source>Please say where to keep the draft.</source>
        <translation>Bitte geben Sie an, wo der Entwurf gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="216"/>
        <source>There is already a file {name} there; choose another name.</source>
        <translation>Dort gibt es bereits eine Datei {name}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="224"/>
        <source>The draft could not be made: {reason}</source>
        <translation>Der Entwurf konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="248"/>
        <source>New contribution</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="36"/>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="39"/>
        <source>PactDesk records who wrote each change of a contribution. Please tell it who you are; you are asked only once, and can change it later under File › Your profile.</source>
        <translation>PactDesk hält fest, wer jede Änderung eines Beitrags geschrieben hat. Bitte geben Sie an, wer Sie sind; Sie werden nur einmal gefragt und können die Angaben später unter Datei › Ihr Profil ändern.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="48"/>
        <source>(not set)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="68"/>
        <source>ready to sign — issued by {issuer}, valid until {date}</source>
        <translation>bereit zum Signieren — ausgestellt von {issuer}, gültig bis {date}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="71"/>
        <source>waiting for its certificate from the coordinator</source>
        <translation>wartet auf ihr Zertifikat von der Koordination</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="81"/>
        <source>New signing identity</source>
        <translation>Neue Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="90"/>
        <source>A signing identity is your key for signing off the contribution. It stays on this computer, locked by a passphrase only you know.</source>
        <translation>Eine Signaturidentität ist Ihr Schlüssel, um den Beitrag freizugeben. Sie bleibt auf diesem Computer, gesichert durch eine Passphrase, die nur Sie kennen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
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
        <translation>Details des Beitrags</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="43"/>
        <source>The ministry that sends this contribution and the person the Commission can contact about it. They are printed on the cover of the PDF and signed with the contribution: saving them makes a new version, so sign-offs made before must be made again.</source>
        <translation>Das Ministerium, das diesen Beitrag einreicht, und die Person, an die sich die Kommission dazu wenden kann. Sie stehen auf dem Deckblatt des PDF und werden mit dem Beitrag signiert: Speichern erzeugt eine neue Fassung, frühere Freigaben müssen erneut erteilt werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Contact &amp;name:</source>
        <translation>&amp;Name der Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Name of the contact point</source>
        <translation>Name der Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <source>E-mail of the contact point</source>
        <translation>E-Mail der Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>Telephone of the contact point</source>
        <translation>Telefon der Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="68"/>
        <source>name@ministry.example</source>
        <translation>name@ministerium.example</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="69"/>
        <source>+32 2 123 45 67</source>
        <translation>+49 30 123 456 78</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="74"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="75"/>
        <source>Save the details</source>
        <translation>Details speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="104"/>
        <source>This draft is open read-only; the details cannot be changed.</source>
        <translation>Dieser Entwurf ist schreibgeschützt geöffnet; die Details können nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="120"/>
        <source>Nothing to save: the details are unchanged.</source>
        <translation>Nichts zu speichern: die Details sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="124"/>
        <source>The details were not saved.</source>
        <translation>Die Details wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="129"/>
        <source>Saving the details…</source>
        <translation>Details werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="142"/>
        <source>Saved the details (revision {revision}). Any sign-off made before now is outdated.</source>
        <translation>Details gespeichert (Revision {revision}). Jede vorher erteilte Freigabe ist nun veraltet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="114"/>
        <source>Who issues the certificate</source>
        <translation>Wer das Zertifikat ausstellt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="120"/>
        <source>&amp;CA passphrase:</source>
        <translation>Passphrase der &amp;CA:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="125"/>
        <source>Save the &amp;request as:</source>
        <translation>&amp;Anforderung speichern unter:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="126"/>
        <source>Where to save the certificate request</source>
        <translation>Speicherort der Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="134"/>
        <source>&amp;Make the identity</source>
        <translation>Identität &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="156"/>
        <source>This computer holds the sign-off CA &apos;{ca}&apos;: the certificate is issued at once. Type the CA&apos;s passphrase.</source>
        <translation>Dieser Computer hat die Freigabe-CA „{ca}“: Das Zertifikat wird sofort ausgestellt. Geben Sie die Passphrase der CA ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="163"/>
        <source>This computer holds no sign-off CA, so PactDesk saves a certificate request: send it to your coordinator, then install the certificate that comes back (Install a certificate…).</source>
        <translation>Dieser Computer hat keine Freigabe-CA, daher speichert PactDesk eine Zertifikatsanforderung: Senden Sie sie an Ihre Koordination und installieren Sie dann das zurückgesandte Zertifikat (Zertifikat installieren…).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="199"/>
        <source>{path} already exists; choose another name for the request.</source>
        <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Namen für die Anforderung.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="226"/>
        <source>Making the key…</source>
        <translation>Der Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="242"/>
        <source>Made a signing identity for {name}; its certificate was issued by the CA &apos;{ca}&apos;: ready to sign. {kept}</source>
        <translation>Für {name} wurde eine Signaturidentität erstellt; ihr Zertifikat wurde von der CA „{ca}“ ausgestellt: bereit zum Signieren. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="247"/>
        <source>Made a signing identity for {name}. The certificate request is saved in {path}: send it to your coordinator, then install the certificate that comes back with Install a certificate…. {kept}</source>
        <translation>Für {name} wurde eine Signaturidentität erstellt. Die Zertifikatsanforderung ist in {path} gespeichert: Senden Sie sie an Ihre Koordination und installieren Sie dann das zurückgesandte Zertifikat mit Zertifikat installieren…. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="269"/>
        <source>Install a certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="273"/>
        <source>Choose the certificate file your coordinator sent back for your request. PactDesk finds the identity it belongs to.</source>
        <translation>Wählen Sie die Zertifikatsdatei, die Ihre Koordination auf Ihre Anforderung zurückgeschickt hat. PactDesk findet die zugehörige Identität.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="277"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="278"/>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="281"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="282"/>
        <source>Choose the certificate file first.</source>
        <translation>Wählen Sie zuerst die Zertifikatsdatei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="283"/>
        <source>Installing the certificate…</source>
        <translation>Das Zertifikat wird installiert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="293"/>
        <source>Installed the certificate of {name} (issued by {issuer}): ready to sign.</source>
        <translation>Das Zertifikat von {name} (ausgestellt von {issuer}) wurde installiert: bereit zum Signieren.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="284"/>
        <source>Nothing was installed.</source>
        <translation>Es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="307"/>
        <source>Import a signing identity</source>
        <translation>Signaturidentität importieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="313"/>
        <source>Choose the .p12 (or .pfx) file your ministry gave you. Its password becomes the passphrase of the identity.</source>
        <translation>Wählen Sie die .p12- (oder .pfx-)Datei, die Ihr Ministerium Ihnen gegeben hat. Ihr Kennwort wird zur Passphrase der Identität.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="321"/>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="322"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Identitätsdateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="328"/>
        <source>Password of the file</source>
        <translation>Kennwort der Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="329"/>
        <source>&amp;Password of the file:</source>
        <translation>&amp;Kennwort der Datei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="351"/>
        <source>Choose the file first.</source>
        <translation>Wählen Sie zuerst die Datei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="360"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="368"/>
        <source>Imported {name} ({organisation}): ready to sign. {kept}</source>
        <translation>{name} ({organisation}) wurde importiert: bereit zum Signieren. {kept}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="377"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="385"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="398"/>
        <source>Signing identities</source>
        <translation>Signaturidentitäten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="390"/>
        <source>Reading the identities on this computer…</source>
        <translation>Die Identitäten auf diesem Computer werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="392"/>
        <source>Signing identities on this computer</source>
        <translation>Signaturidentitäten auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="408"/>
        <source>&amp;New identity…</source>
        <translation>&amp;Neue Identität…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="409"/>
        <source>&amp;Import from a .p12 file…</source>
        <translation>Aus einer .p12-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="410"/>
        <source>Install a &amp;certificate…</source>
        <translation>&amp;Zertifikat installieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="411"/>
        <source>Save the certificate &amp;request…</source>
        <translation>Zertifikats&amp;anforderung speichern…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="450"/>
        <source>There is no signing identity on this computer yet. Make one (New identity…) or import the one your ministry gave you.</source>
        <translation>Auf diesem Computer gibt es noch keine Signaturidentität. Erstellen Sie eine (Neue Identität…) oder importieren Sie die von Ihrem Ministerium erhaltene.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="457"/>
        <source>%n signing identity(ies) on this computer; ready to sign: {ready}.</source>
        <translation>
            <numerusform>%n Signaturidentität auf diesem Computer; bereit zum Signieren: {ready}.</numerusform>
            <numerusform>%n Signaturidentitäten auf diesem Computer; bereit zum Signieren: {ready}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="487"/>
        <source>Save the certificate request</source>
        <translation>Zertifikatsanforderung speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="499"/>
        <source>Saved {name}&apos;s certificate request in {path}: send it to your coordinator.</source>
        <translation>Die Zertifikatsanforderung von {name} wurde in {path} gespeichert: Senden Sie sie an Ihre Koordination.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="49"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="84"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="85"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="93"/>
        <source>political assessment, area {area}</source>
        <translation>politische Bewertung, Bereich {area}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="102"/>
        <source>Assign items</source>
        <translation>Elemente zuweisen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="105"/>
        <source>Items to assign</source>
        <translation>Zuzuweisende Elemente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="117"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="121"/>
        <source>&amp;Items (Space ticks one):</source>
        <translation>&amp;Elemente (Leertaste kreuzt eines an):</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="122"/>
        <source>Assigned &amp;to:</source>
        <translation>Zugewiesen &amp;an:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="123"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministerium:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="140"/>
        <source>Tick at least one item and say whom it is assigned to.</source>
        <translation>Kreuzen Sie mindestens ein Element an und geben Sie an, wem es zugewiesen wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="150"/>
        <source>Send items to a colleague</source>
        <translation>Elemente an eine Kollegin oder einen Kollegen senden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="153"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Assignee</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="157"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <source>Package file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="159"/>
        <source>Encrypt to these certificates</source>
        <translation>Für diese Zertifikate verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="160"/>
        <source>optional: recipients&apos; certificate files</source>
        <translation>optional: Zertifikatsdateien der Empfänger</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="162"/>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständige Person:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="164"/>
        <source>&amp;Package file:</source>
        <translation>&amp;Paketdatei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="168"/>
        <source>&amp;Encrypt to:</source>
        <translation>&amp;Verschlüsseln für:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <source>Exchange packages (*.pdx)</source>
        <translation>Austauschpakete (*.pdx)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Recipients&apos; certificates</source>
        <translation>Zertifikate der Empfänger</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="196"/>
        <source>Choose the assignee and the package file.</source>
        <translation>Wählen Sie die zuständige Person und die Paketdatei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="205"/>
        <source>A certificate file cannot be read.</source>
        <translation>Eine Zertifikatsdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="218"/>
        <source>Who owes what</source>
        <translation>Wer liefert was</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="221"/>
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Last received</source>
        <translation>Zuletzt erhalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="227"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="234"/>
        <source>{a} of {t}</source>
        <translation>{a} von {t}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="254"/>
        <source>Send your answers back</source>
        <translation>Ihre Antworten zurücksenden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="101"/>
        <source>Return file</source>
        <translation>Rückgabedatei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="259"/>
        <source>Sign with</source>
        <translation>Signieren mit</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="260"/>
        <source>Do not sign</source>
        <translation>Nicht signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="268"/>
        <source>Passphrase of the identity</source>
        <translation>Passphrase der Identität</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="271"/>
        <source>&amp;Return file:</source>
        <translation>&amp;Rückgabedatei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="274"/>
        <source>&amp;Sign with:</source>
        <translation>&amp;Signieren mit:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="293"/>
        <source>Choose where to save the return.</source>
        <translation>Wählen Sie, wo die Rückgabe gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="119"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>Ministry</source>
        <translation>Ministerium</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member &amp;State:</source>
        <translation>Mitglied&amp;staat:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="115"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="117"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="187"/>
        <source>Sign off the contribution</source>
        <translation>Beitrag freigeben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="121"/>
        <source>Loading the content to sign…</source>
        <translation>Der zu signierende Inhalt wird geladen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="123"/>
        <source>What you are signing</source>
        <translation>Was Sie signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="144"/>
        <source>The contribution you are signing</source>
        <translation>Der Beitrag, den Sie signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="98"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="99"/>
        <source>Signing &amp;identity:</source>
        <translation>Signatur&amp;identität:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="168"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="184"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="240"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="169"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="102"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="275"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="103"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="108"/>
        <source>Where the passphrase comes from</source>
        <translation>Herkunft der Passphrase</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="78"/>
        <source>Re&amp;member the passphrase in the operating system&apos;s keyring</source>
        <translation>Passphrase im Schlüsselbund des Betriebssystems &amp;merken</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="79"/>
        <source>Remember the passphrase in the keyring</source>
        <translation>Passphrase im Schlüsselbund merken</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="60"/>
        <source>… and {count} more (see Checks).</source>
        <extracomment>How many errors the warning names before &quot;… and N more&quot;.</extracomment>
        <translation>… und {count} weitere (siehe Prüfungen).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="62"/>
        <source>This version still has 1 error; it cannot be submitted until it is corrected:</source>
        <translation>Diese Version enthält noch 1 Fehler; sie kann erst nach seiner Korrektur eingereicht werden:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="65"/>
        <source>This version still has {count} errors; it cannot be submitted until they are corrected:</source>
        <translation>Diese Version enthält noch {count} Fehler; sie kann erst nach deren Korrektur eingereicht werden:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="75"/>
        <source>Every required sign-off holds: the contribution can be submitted.</source>
        <translation>Alle erforderlichen Freigaben gelten: Der Beitrag kann eingereicht werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="78"/>
        <source>1 validation error to correct</source>
        <translation>1 Validierungsfehler zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="80"/>
        <source>{count} validation errors to correct</source>
        <translation>{count} Validierungsfehler zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="81"/>
        <source>a sign-off as {role}</source>
        <translation>eine Freigabe als {role}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="82"/>
        <source>a new sign-off as {role}</source>
        <translation>eine neue Freigabe als {role}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="83"/>
        <source>Before submission: {things}.</source>
        <translation>Vor der Einreichung: {things}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="131"/>
        <source>Revision and how much is answered</source>
        <translation>Revision und Stand der Antworten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="135"/>
        <source>Errors in this version</source>
        <translation>Fehler in dieser Version</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="162"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="321"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="261"/>
        <source>Technical &amp;details</source>
        <translation>Technische &amp;Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="164"/>
        <source>Show the technical details of what is signed</source>
        <translation>Technische Einzelheiten des Signierten anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="154"/>
        <source>Content digest</source>
        <translation>Prüfsumme des Inhalts</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="175"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="197"/>
        <source>I have &amp;read the contribution above and sign it off in the chosen role.</source>
        <translation>Ich habe den obigen Beitrag ge&amp;lesen und gebe ihn in der gewählten Rolle frei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="177"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="199"/>
        <source>I have read the contribution and sign it off</source>
        <translation>Ich habe den Beitrag gelesen und gebe ihn frei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="182"/>
        <source>Problem</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="190"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="203"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="192"/>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="227"/>
        <source>There is no signing identity with a certificate on this computer. Make one first: Sign-off → Signing identities → New identity.</source>
        <translation>Auf diesem Computer gibt es keine Signaturidentität mit Zertifikat. Erstellen Sie zuerst eine: Freigabe → Signaturidentitäten → Neue Identität.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="238"/>
        <source>Revision {revision} · {answered} of {total} fields answered.</source>
        <translation>Revision {revision} · {answered} von {total} Feldern ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="244"/>
        <source>What is signed is the contribution&apos;s exact content (its canonical JSON) at revision {revision}; SHA-256 {digest}.</source>
        <translation>Signiert wird der genaue Inhalt des Beitrags (sein kanonisches JSON) in Revision {revision}; SHA-256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="330"/>
        <source>This version still has 1 error (shown above).</source>
        <translation>Diese Version enthält noch 1 Fehler (oben angezeigt).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="332"/>
        <source>This version still has {count} errors (listed above).</source>
        <translation>Diese Version enthält noch {count} Fehler (oben aufgeführt).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="337"/>
        <source>Press Sign anyway to sign it as it is, or Cancel to correct them first.</source>
        <translation>Klicken Sie auf Trotzdem signieren, um sie so zu signieren, oder auf Abbrechen, um sie zuerst zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="339"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <source>Sign &amp;anyway</source>
        <translation>&amp;Trotzdem signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="340"/>
        <source>Sign anyway</source>
        <translation>Trotzdem signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="365"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="367"/>
        <source>Signed. {name} signed off revision {revision} as {role}. {next}</source>
        <translation>Signiert. {name} hat Revision {revision} als {role} freigegeben. {next}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="380"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="355"/>
        <source>Nothing was signed.</source>
        <translation>Es wurde nichts signiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="66"/>
        <source>Sign-off roles</source>
        <translation>Freigaberollen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="72"/>
        <source>Who signs off this contribution before it is submitted, in the order they sign. A required role must hold a sign-off of the current version; an optional one may.</source>
        <translation>Wer diesen Beitrag vor der Einreichung freigibt, in der Reihenfolge der Signaturen. Eine erforderliche Rolle muss eine Freigabe der aktuellen Version haben; eine freiwillige kann sie haben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="80"/>
        <source>Sign-off roles, in order</source>
        <translation>Freigaberollen, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="84"/>
        <source>Make &amp;required</source>
        <translation>&amp;Erforderlich machen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="85"/>
        <source>Make &amp;optional</source>
        <translation>&amp;Freiwillig machen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="86"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="88"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="89"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="92"/>
        <source>Sign sooner (Ctrl+Up)</source>
        <translation>Gibt früher frei (Strg+Nach-oben)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="93"/>
        <source>Sign later (Ctrl+Down)</source>
        <translation>Gibt später frei (Strg+Nach-unten)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="104"/>
        <source>Moves the role one place sooner (Ctrl+Up).</source>
        <translation>Verschiebt die Rolle um eine Stelle nach vorn (Strg+Nach-oben).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="105"/>
        <source>Moves the role one place later (Ctrl+Down).</source>
        <translation>Verschiebt die Rolle um eine Stelle nach hinten (Strg+Nach-unten).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="109"/>
        <source>&amp;New role:</source>
        <translation>&amp;Neue Rolle:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="111"/>
        <source>Name of the new role</source>
        <translation>Name der neuen Rolle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="112"/>
        <source>e.g. head-of-unit, director</source>
        <translation>z. B. head-of-unit, director</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="114"/>
        <source>Re&amp;quired</source>
        <translation>Er&amp;forderlich</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="116"/>
        <source>The new role is required</source>
        <translation>Die neue Rolle ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="117"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="118"/>
        <source>Add the role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="124"/>
        <source>Role names: small letters, digits and hyphens, such as director.</source>
        <translation>Rollennamen: Kleinbuchstaben, Ziffern und Bindestriche, etwa director.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="128"/>
        <source>Signature &amp;form:</source>
        <translation>&amp;Signaturform:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="130"/>
        <source>CAdES (the default: .p7s signatures)</source>
        <translation>CAdES (Standard: Signaturen als .p7s)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="131"/>
        <source>XAdES (signatures*.xml, which DigiDoc4 checks offline)</source>
        <translation>XAdES (signatures*.xml, die DigiDoc4 offline prüft)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="132"/>
        <source>Signature form of the sign-offs and the bundle</source>
        <translation>Signaturform der Freigaben und des Einreichungspakets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="140"/>
        <source>Chosen before the first sign-off: every sign-off and the submission bundle are signed in this form.</source>
        <translation>Vor der ersten Freigabe zu wählen: Jede Freigabe und das Einreichungspaket werden in dieser Form signiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="192"/>
        <source>Changing the signature form…</source>
        <translation>Die Signaturform wird geändert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="205"/>
        <source>The sign-offs and the bundle will be signed in the {form} form.</source>
        <translation>Die Freigaben und das Einreichungspaket werden in der Form {form} signiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="248"/>
        <source>Changing the roles…</source>
        <translation>Die Rollen werden geändert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="265"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="270"/>
        <source>Type the name of the new role first.</source>
        <translation>Geben Sie zuerst den Namen der neuen Rolle ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="273"/>
        <source>There is already a role {name}.</source>
        <translation>Es gibt bereits eine Rolle {name}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="278"/>
        <source>Added the required role {name}.</source>
        <translation>Die erforderliche Rolle {name} wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="281"/>
        <source>Added the optional role {name}.</source>
        <translation>Die freiwillige Rolle {name} wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="289"/>
        <source>{name} is now required.</source>
        <translation>{name} ist jetzt erforderlich.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="291"/>
        <source>{name} is now optional.</source>
        <translation>{name} ist jetzt freiwillig.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="293"/>
        <source>Removed the role {name}.</source>
        <translation>Die Rolle {name} wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="301"/>
        <source>{name} now signs in place {place}.</source>
        <translation>{name} gibt jetzt an Stelle {place} frei.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="263"/>
        <source>{role} — signed by {name}</source>
        <translation>{role} — signiert von {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="273"/>
        <source>Every role of this contribution is already signed at this revision.</source>
        <translation>Für alle Rollen dieses Beitrags liegt zu dieser Revision bereits eine Signatur vor.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="170"/>
        <source>There is no signing identity with a certificate on this computer yet: make one under Sign-off → Signing identities.</source>
        <translation>Auf diesem Computer gibt es noch keine Signaturidentität mit Zertifikat: Erstellen Sie eine unter Freigabe → Signaturidentitäten.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="177"/>
        <source>No secure keyring is usable on this computer, so the passphrase is not remembered: type it each time.</source>
        <translation>Auf diesem Computer ist kein sicherer Schlüsselbund nutzbar, daher wird die Passphrase nicht gespeichert: Geben Sie sie jedes Mal ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="184"/>
        <source>The passphrase is kept in the operating system&apos;s keyring; leave the field empty to use it.</source>
        <translation>Die Passphrase ist im Schlüsselbund des Betriebssystems gespeichert; lassen Sie das Feld leer, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="189"/>
        <source>Type the passphrase of this identity.</source>
        <translation>Geben Sie die Passphrase dieser Identität ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="216"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="217"/>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="220"/>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="221"/>
        <source>Type it &amp;again:</source>
        <translation>Noch &amp;einmal eingeben:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="226"/>
        <source>About the new passphrase</source>
        <translation>Zur neuen Passphrase</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="238"/>
        <source>A passphrase must have at least {count} characters.</source>
        <translation>Eine Passphrase muss mindestens {count} Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="242"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="247"/>
        <source>Nobody can open the key without it.</source>
        <translation>Ohne sie kann niemand den Schlüssel öffnen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="283"/>
        <source>Choose: {what}</source>
        <translation>Auswählen: {what}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="317"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="323"/>
        <source>Show the technical details</source>
        <translation>Technische Einzelheiten anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="325"/>
        <source>Show the file in its folder</source>
        <translation>Datei in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="333"/>
        <source>Technical details</source>
        <translation>Technische Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="355"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="330"/>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="62"/>
        <source>The file {} does not exist.</source>
        <translation>Die Datei {} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="66"/>
        <source>The file cannot be read: {}.</source>
        <translation>Die Datei kann nicht gelesen werden: {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="67"/>
        <source>The bundle could not be checked: {}</source>
        <translation>Das Einreichungspaket konnte nicht geprüft werden: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="157"/>
        <source>Verify a submission bundle</source>
        <translation>Einreichungspaket prüfen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="166"/>
        <source>&amp;Bundle:</source>
        <translation>&amp;Einreichungspaket:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="168"/>
        <source>The .asice file you received</source>
        <translation>Die erhaltene .asice-Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="169"/>
        <source>Bundle file</source>
        <translation>Datei des Einreichungspakets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="282"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="171"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="172"/>
        <source>Choose the bundle file</source>
        <translation>Datei des Einreichungspakets auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="180"/>
        <source>&amp;Trusted CA certificates:</source>
        <translation>&amp;Vertrauenswürdige CA-Zertifikate:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="182"/>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="186"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="187"/>
        <source>Add a trusted CA certificate</source>
        <translation>Vertrauenswürdiges CA-Zertifikat hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="189"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="190"/>
        <source>Remove the selected CA certificate</source>
        <translation>Ausgewähltes CA-Zertifikat entfernen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="200"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="201"/>
        <source>Verify the bundle</source>
        <translation>Einreichungspaket prüfen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="206"/>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="214"/>
        <source>Choose a bundle, then press Verify.</source>
        <translation>Wählen Sie ein Einreichungspaket und klicken Sie dann auf Prüfen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="216"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="227"/>
        <source>About the contribution</source>
        <translation>Zum Beitrag</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="232"/>
        <source>What the result means</source>
        <translation>Was das Ergebnis bedeutet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="235"/>
        <source>&amp;Signatures, in the order they were made:</source>
        <translation>&amp;Signaturen in der Reihenfolge ihrer Erstellung:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="239"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="241"/>
        <source>Signed at</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="242"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="243"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="244"/>
        <source>Signed files</source>
        <translation>Signierte Dateien</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="245"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="248"/>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="266"/>
        <source>Details of the check</source>
        <translation>Einzelheiten der Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="290"/>
        <source>Choose a bundle</source>
        <translation>Einreichungspaket auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="292"/>
        <source>Submission bundles (*.asice *.sce *.zip);;All files (*)</source>
        <translation>Einreichungspakete (*.asice *.sce *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="301"/>
        <source>Choose CA certificates you trust</source>
        <translation>CA-Zertifikate auswählen, denen Sie vertrauen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="303"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="326"/>
        <source>Choose a bundle first.</source>
        <translation>Wählen Sie zuerst ein Einreichungspaket.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="332"/>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="41"/>
        <location filename="../../pactdesk/ui/views/header.py" line="136"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="387"/>
        <source>Contribution of {} for the {} cycle, in {}, revision {}.</source>
        <translation>Beitrag von {} für den Zyklus {}, auf {}, Revision {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="393"/>
        <source>It replaces the bundle with SHA-256 {}….</source>
        <translation>Es ersetzt das Einreichungspaket mit SHA-256 {}….</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="396"/>
        <source>The PDF carries {}&apos;s signature.</source>
        <translation>Das PDF trägt die Signatur von {}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>submitter</source>
        <translation>Einreicher</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>(no role named)</source>
        <translation>(keine Rolle angegeben)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="84"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="85"/>
        <source>an unknown signer</source>
        <translation>eine unbekannte Person</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="94"/>
        <source>This file is a preview, made by the Member State to check the contribution before submitting it. Nobody signed it for submission, so it is not a contribution the Commission can accept: ask for the signed bundle.</source>
        <translation>Diese Datei ist eine Vorschau, die der Mitgliedstaat zur Kontrolle des Beitrags vor der Einreichung erstellt hat. Niemand hat sie zur Einreichung signiert; sie ist daher kein Beitrag, den die Kommission annehmen kann: Fordern Sie das signierte Einreichungspaket an.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="106"/>
        <source>Part of the bundle was changed after it was signed by {who}: what is in it now is not what was signed. Ask the sender for a fresh copy.</source>
        <translation>Ein Teil des Einreichungspakets wurde geändert, nachdem {who} es signiert hat: Der jetzige Inhalt ist nicht das, was signiert wurde. Bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="113"/>
        <source>The signature of {who} does not check out: the file was damaged or altered after signing.</source>
        <translation>Die Signatur von {who} ist nicht gültig: Die Datei wurde nach dem Signieren beschädigt oder verändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="120"/>
        <source>The certificate of {who} does not come from a CA you trust, or cannot be used for this signature (expired, or not meant for signing). Check that you added the ministry&apos;s CA certificate the Member State sent you.</source>
        <translation>Das Zertifikat von {who} stammt nicht von einer CA, der Sie vertrauen, oder kann für diese Signatur nicht verwendet werden (abgelaufen oder nicht zum Signieren bestimmt). Prüfen Sie, ob Sie das CA-Zertifikat des Ministeriums hinzugefügt haben, das der Mitgliedstaat Ihnen gesandt hat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="128"/>
        <source>The file is not a sound submission bundle, so it cannot be relied on. Ask the sender for the bundle again; the technical details say what is wrong.</source>
        <translation>Die Datei ist kein einwandfreies Einreichungspaket, daher ist sie nicht verlässlich. Bitten Sie den Absender erneut um das Einreichungspaket; die technischen Einzelheiten nennen den Fehler.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="135"/>
        <source>Nothing in the bundle changed since it was signed, and every signature comes from a certificate of a CA you trust.</source>
        <translation>Im Einreichungspaket hat sich seit der Signatur nichts geändert, und jede Signatur stammt aus einem Zertifikat einer CA, der Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="142"/>
        <source>Nothing in the bundle changed since it was signed, but who signed it was not checked: add the ministry&apos;s CA certificate (sent to you separately) under Trusted CA certificates and verify again.</source>
        <translation>Im Einreichungspaket hat sich seit der Signatur nichts geändert, aber wer signiert hat, wurde nicht geprüft: Fügen Sie das CA-Zertifikat des Ministeriums (separat erhalten) unter Vertrauenswürdige CA-Zertifikate hinzu und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="263"/>
        <source>Show the technical details of the check</source>
        <translation>Technische Einzelheiten der Prüfung anzeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>NOT valid</source>
        <translation>NICHT gültig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>NOT trusted</source>
        <translation>NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="418"/>
        <source>Why it is not valid:</source>
        <translation>Warum sie nicht gültig ist:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="424"/>
        <source>(add the ministry&apos;s CA certificate under Trusted CA certificates)</source>
        <translation>(fügen Sie das CA-Zertifikat des Ministeriums unter Vertrauenswürdige CA-Zertifikate hinzu)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="430"/>
        <source>SHA-256 of the bundle: {}</source>
        <translation>SHA-256 des Einreichungspakets: {}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="141"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="65"/>
        <source>&amp;File</source>
        <extracomment>What an item needs before it can be used. The menu bar, in order: (id, title with its mnemonic).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="77"/>
        <location filename="../../pactdesk/ui/views/welcome.py" line="82"/>
        <source>&amp;New contribution…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="79"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="81"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="83"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="85"/>
        <source>&amp;Import workbook…</source>
        <translation>Arbeitsmappe &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="96"/>
        <source>Your &amp;profile…</source>
        <translation>Ihr &amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="100"/>
        <source>&amp;Close draft</source>
        <translation>Entwurf &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="94"/>
        <source>Compare contri&amp;butions…</source>
        <translation>Beiträge &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="66"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="69"/>
        <source>E&amp;xchange</source>
        <translation>Aus&amp;tausch</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="82"/>
        <source>Open the fictional e&amp;xample</source>
        <translation>&amp;Fiktives Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="87"/>
        <source>Import Wor&amp;d document…</source>
        <translation>&amp;Word-Dokument importieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="89"/>
        <source>Contribution de&amp;tails…</source>
        <translation>&amp;Details des Beitrags…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="91"/>
        <source>Copy the &amp;working copy back</source>
        <translation>&amp;Arbeitskopie zurückkopieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="98"/>
        <source>Where drafts are &amp;kept…</source>
        <translation>Speicher&amp;ort der Entwürfe…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="107"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="108"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="109"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="110"/>
        <source>&amp;Find in the contribution…</source>
        <translation>Im Beitrag &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="113"/>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="115"/>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="122"/>
        <source>C&amp;omment on the selection</source>
        <translation>Auswahl kommen&amp;tieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="123"/>
        <source>Comment on the words selected</source>
        <translation>Die ausgewählten Wörter kommentieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="142"/>
        <source>Go to the co&amp;mments</source>
        <translation>Zu den &amp;Kommentaren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="150"/>
        <source>Sign-off &amp;roles…</source>
        <translation>Freigabe&amp;rollen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="152"/>
        <source>Signing &amp;identities…</source>
        <translation>Signatur&amp;identitäten…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="154"/>
        <source>Sign-off &amp;authority (CA)…</source>
        <translation>Freigabe-&amp;CA…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="156"/>
        <source>Send a sign-off re&amp;quest…</source>
        <translation>Freigabe&amp;anforderung senden…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="158"/>
        <source>Sign a &amp;colleague&apos;s request…</source>
        <translation>Anforderung eines &amp;Kollegen signieren…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="160"/>
        <source>&amp;Take in a signed answer…</source>
        <translation>Signierte Antwort &amp;übernehmen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="162"/>
        <source>Make the submission &amp;bundle…</source>
        <translation>Einreichungspaket &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="167"/>
        <source>&amp;Assign items…</source>
        <translation>Elemente &amp;zuweisen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="169"/>
        <source>&amp;Who owes what</source>
        <translation>&amp;Wer liefert was</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="171"/>
        <source>&amp;Send items to a colleague…</source>
        <translation>Elemente an Kollegen &amp;senden…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="173"/>
        <source>&amp;Merge a colleague&apos;s return…</source>
        <translation>Rückgabe zusammen&amp;führen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="175"/>
        <source>Resolve open &amp;conflicts…</source>
        <translation>Offene &amp;Konflikte lösen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Send your answers &amp;back…</source>
        <translation>&amp;Eigene Antworten zurücksenden…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="179"/>
        <source>Comments and re&amp;view…</source>
        <translation>Kommentare und &amp;Prüfung…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Co&amp;mments panel</source>
        <translation>Bereich &amp;Kommentare</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="191"/>
        <source>Copy &amp;diagnostic information</source>
        <translation>&amp;Diagnoseinformationen kopieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="192"/>
        <source>Version, platform, libraries, folders and the last lines of the log, for your IT support</source>
        <translation>Version, Plattform, Bibliotheken, Ordner und die letzten Zeilen des Protokolls, für Ihren IT-Support</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="202"/>
        <source>In the find box: next / previous match, close</source>
        <translation>Im Suchfeld: nächster / vorheriger Treffer, schließen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="203"/>
        <source>Enter / Shift+Enter, Esc</source>
        <translation>Eingabe / Umschalt+Eingabe, Esc</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>In a table: next cell, tick “harmonised”</source>
        <translation>In einer Tabelle: nächste Zelle, „harmonisiert“ ankreuzen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>Tab, Space</source>
        <translation>Tab, Leertaste</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Open a menu</source>
        <translation>Ein Menü öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Alt and the underlined letter</source>
        <translation>Alt und der unterstrichene Buchstabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="348"/>
        <source>the menu bar</source>
        <translation>die Menüleiste</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="67"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="117"/>
        <source>Add a &amp;data point</source>
        <translation>&amp;Datenpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="119"/>
        <source>Add a r&amp;eference</source>
        <translation>&amp;Quellenangabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="126"/>
        <source>&amp;Next item</source>
        <translation>&amp;Nächstes Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="128"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorheriges Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="130"/>
        <source>Next &amp;unanswered question of the Commission</source>
        <translation>Nächste &amp;unbeantwortete Frage der Kommission</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="132"/>
        <source>Next &amp;empty field</source>
        <translation>Nächstes &amp;leeres Feld</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="134"/>
        <source>Go to the c&amp;ontents</source>
        <translation>Zum &amp;Inhaltsverzeichnis</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="138"/>
        <source>Go to the &amp;checks</source>
        <translation>Zu den &amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="140"/>
        <source>Go to the &amp;history</source>
        <translation>Zum Verlau&amp;f</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="68"/>
        <source>&amp;Sign-off</source>
        <translation>&amp;Freigabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="145"/>
        <source>&amp;Sign this version…</source>
        <translation>Diese Version &amp;freigeben…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="165"/>
        <source>&amp;Verify a bundle…</source>
        <translation>Einreichungspaket &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="70"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="136"/>
        <source>Go to the e&amp;ditor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="147"/>
        <source>Show sign-&amp;offs</source>
        <translation>Freigaben an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>&amp;Checks panel</source>
        <translation>Bereich &amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>&amp;History panel</source>
        <translation>Bereich &amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="185"/>
        <source>&amp;Welcome screen</source>
        <translation>&amp;Startbildschirm</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="186"/>
        <source>&amp;Language of the window…</source>
        <translation>Sprache der &amp;Oberfläche…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="71"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="194"/>
        <source>&amp;About PactDesk</source>
        <translation>&amp;Über PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="76"/>
        <source>PactDesk cannot open {name}</source>
        <translation>PactDesk kann {name} nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="96"/>
        <source>{state} — contribution for the {cycle} cycle</source>
        <translation>{state} — Beitrag für den Zyklus {cycle}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="106"/>
        <source>&amp;Open for editing</source>
        <translation>Zum Bearbeiten &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="114"/>
        <source>FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. It is not the position of any Member State; the Member State it names is only a placeholder. Change anything you like.</source>
        <translation>FIKTIVES BEISPIEL — Dieser Beitrag ist erfunden, um zu zeigen, wie PactDesk funktioniert. Er gibt nicht die Position eines Mitgliedstaats wieder; der genannte Mitgliedstaat dient nur als Platzhalter. Ändern Sie, was Sie möchten.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="123"/>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="156"/>
        <source>The draft is still open in the other PactDesk; it stays read-only here.</source>
        <translation>Der Entwurf ist im anderen PactDesk noch geöffnet; hier bleibt er schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="166"/>
        <source>Your last changes are still being saved</source>
        <translation>Ihre letzten Änderungen werden noch gespeichert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="167"/>
        <source>PactDesk could not finish saving; the draft stays open.</source>
        <translation>PactDesk konnte das Speichern nicht abschließen; der Entwurf bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="209"/>
        <source>Your latest changes are not saved</source>
        <translation>Ihre letzten Änderungen sind nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="210"/>
        <source>PactDesk could not save your latest changes: {error}</source>
        <translation>PactDesk konnte Ihre letzten Änderungen nicht speichern: {error}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="213"/>
        <source>If you close now, what you typed since the last save is lost. Keep the window open while you free some disk space or reconnect the drive; PactDesk keeps trying.</source>
        <translation>Wenn Sie jetzt schließen, geht verloren, was Sie seit dem letzten Speichern eingegeben haben. Lassen Sie das Fenster geöffnet, während Sie Speicherplatz freigeben oder das Laufwerk wieder verbinden; PactDesk versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="217"/>
        <source>Keep the window open</source>
        <translation>Fenster geöffnet lassen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="219"/>
        <source>Close and lose the changes</source>
        <translation>Schließen und Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="80"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>Open a draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="40"/>
        <source>This draft is open in another PactDesk, on this or another computer.</source>
        <translation>Dieser Entwurf ist in einem anderen PactDesk geöffnet, auf diesem oder einem anderen Computer.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="42"/>
        <source>This draft is open in another PactDesk window on this computer.</source>
        <translation>Dieser Entwurf ist in einem anderen PactDesk-Fenster auf diesem Computer geöffnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="44"/>
        <source>{user} has this draft open in another PactDesk, on the computer “{computer}”.</source>
        <translation>{user} hat diesen Entwurf in einem anderen PactDesk auf dem Computer „{computer}“ geöffnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="47"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="103"/>
        <source>Read-only.</source>
        <translation>Schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="51"/>
        <source>You can read it here; to change it, close it there, then press “Open for editing”.</source>
        <translation>Sie können ihn hier lesen; um ihn zu ändern, schließen Sie ihn dort und klicken Sie dann auf „Zum Bearbeiten öffnen“.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="28"/>
        <source>This is a local working copy of {original}. When you are done, copy it back (File › Copy the working copy back).</source>
        <translation>Dies ist eine lokale Arbeitskopie von {original}. Wenn Sie fertig sind, kopieren Sie sie zurück (Datei › Arbeitskopie zurückkopieren).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="31"/>
        <location filename="../../pactdesk/ui/window/location.py" line="99"/>
        <source>Copy &amp;back now</source>
        <translation>Jetzt &amp;zurückkopieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="35"/>
        <source>in {name}, a synchronised folder</source>
        <translation>in {name}, einem synchronisierten Ordner</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="37"/>
        <source>on {name}</source>
        <translation>auf {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="41"/>
        <source>This draft is kept {where}. Locking the file there is not reliable, so two people could overwrite each other&apos;s work. Work on a local copy on this computer and copy it back when you are done.</source>
        <translation>Dieser Entwurf liegt {where}. Das Sperren der Datei ist dort nicht zuverlässig, sodass zwei Personen gegenseitig ihre Arbeit überschreiben könnten. Arbeiten Sie an einer lokalen Kopie auf diesem Computer und kopieren Sie sie zurück, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="45"/>
        <source>Work on a &amp;local copy</source>
        <translation>An einer &amp;lokalen Kopie arbeiten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="69"/>
        <source>The local copy could not be made</source>
        <translation>Die lokale Kopie konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="76"/>
        <source>You are working on a local copy; the draft on the share is unchanged.</source>
        <translation>Sie arbeiten an einer lokalen Kopie; der Entwurf auf der Freigabe ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="92"/>
        <source>The working copy was not copied back</source>
        <translation>Die Arbeitskopie wurde nicht zurückkopiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="94"/>
        <source>Copied back to {original} at {time}.</source>
        <translation>Um {time} nach {original} zurückkopiert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="98"/>
        <source>You can go on here and copy back again later.</source>
        <translation>Sie können hier weiterarbeiten und später erneut zurückkopieren.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="107"/>
        <source>Where to keep drafts</source>
        <translation>Speicherort der Entwürfe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="113"/>
        <source>New drafts are kept in {folder}.</source>
        <translation>Neue Entwürfe werden in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="245"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="251"/>
        <source>The example could not be made</source>
        <translation>Das Beispiel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="29"/>
        <source>Side panels</source>
        <translation>Seitenbereiche</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="76"/>
        <source>Checks: political assessment {id}</source>
        <translation>Prüfungen: politische Bewertung {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="78"/>
        <source>Checks: commitment {id}</source>
        <translation>Prüfungen: Verpflichtung {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="20"/>
        <source>Read-only: nothing you see here can be changed.</source>
        <translation>Schreibgeschützt: Nichts, was Sie hier sehen, kann geändert werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="23"/>
        <source>Not saved yet — retrying</source>
        <translation>Noch nicht gespeichert — neuer Versuch</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="26"/>
        <source>Your latest changes could not be saved: {error}. PactDesk keeps them and tries again every few seconds; do not close the window.</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: {error}. PactDesk behält sie und versucht es alle paar Sekunden erneut; schließen Sie das Fenster nicht.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="33"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="36"/>
        <source>All changes saved ({time}). Revision {revision}.</source>
        <translation>Alle Änderungen gespeichert ({time}). Revision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="42"/>
        <source>Everything you type is saved as you type.</source>
        <translation>Alles, was Sie eingeben, wird sofort gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="39"/>
        <source>Every question of the Commission has an answer.</source>
        <translation>Jede Frage der Kommission ist beantwortet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="41"/>
        <source>Every field has an answer.</source>
        <translation>Alle Felder sind ausgefüllt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n Feld geändert</numerusform>
            <numerusform>%n Felder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="94"/>
        <source>%n conflict(s) kept the draft&apos;s text</source>
        <translation>
            <numerusform>Bei %n Konflikt blieb der Text des Entwurfs erhalten</numerusform>
            <numerusform>Bei %n Konflikten blieb der Text des Entwurfs erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="97"/>
        <source>Workbook imported: {counts}.</source>
        <translation>Arbeitsmappe importiert: {counts}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="100"/>
        <source>Changed: {fields}{more}</source>
        <translation>Geändert: {fields}{more}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="158"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="160"/>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="127"/>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="38"/>
        <source>Diagnostic information copied: paste it into your message to IT support.</source>
        <translation>Diagnoseinformationen kopiert: Fügen Sie sie in Ihre Nachricht an den IT-Support ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="53"/>
        <source>PactDesk — write, check, sign off and submit a Member State&apos;s contribution on the European Pact on Immigration and Asylum{source}.</source>
        <translation>PactDesk — den Beitrag eines Mitgliedstaats zum Europäischen Pakt zu Einwanderung und Asyl{source} schreiben, prüfen, freigeben und einreichen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Next / previous field on the page</source>
        <extracomment>Keys that belong to no menu item (Qt&apos;s own behaviour of a control), for the help.</extracomment>
        <translation>Nächstes / vorheriges Feld auf der Seite</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="111"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="41"/>
        <source>Find in the whole contribution</source>
        <translation>Im ganzen Beitrag suchen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Leave a table</source>
        <translation>Tabelle verlassen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Ctrl+Tab</source>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="51"/>
        <source>About PactDesk</source>
        <translation>Über PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="66"/>
        <source>Part I</source>
        <extracomment>A custom role: the page key of a row (&quot;political/I&quot;, &quot;commitment/I.a&quot;), or &quot;&quot;.</extracomment>
        <translation>Teil I</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="70"/>
        <source>Part II</source>
        <translation>Teil II</translation>
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
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="231"/>
        <source>{answered}/{total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="238"/>
        <source>1 question of the Commission unanswered</source>
        <translation>1 Frage der Kommission unbeantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="240"/>
        <source>{n} questions of the Commission unanswered</source>
        <translation>{n} Fragen der Kommission unbeantwortet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="243"/>
        <source>read-only, not sent to you</source>
        <translation>schreibgeschützt, nicht an Sie gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/models/navigator.py" line="246"/>
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n offener Kommentar</numerusform>
            <numerusform>%n offene Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="249"/>
        <source>Commitment {id}, {title}: {state}</source>
        <translation>Verpflichtung {id}, {title}: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="253"/>
        <source>Political assessment {id}, {title}: {state}</source>
        <translation>Politische Bewertung {id}, {title}: {state}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="280"/>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="282"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="283"/>
        <source>{answered} of {total} fields answered</source>
        <translation>{answered} von {total} Feldern ausgefüllt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="168"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="169"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="170"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="171"/>
        <source>Comparability</source>
        <translation>Vergleichbarkeit</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Harmonised</source>
        <extracomment>The framework&apos;s rules for data (the period a new row starts with); set by the page.</extracomment>
        <translation>Harmonisiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="226"/>
        <source>Tick only for data collected to harmonised standards (e.g. Eurostat). National data is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>Nur für Daten ankreuzen, die nach harmonisierten Standards erhoben wurden (z. B. Eurostat). Nationale Daten werden als „nicht vergleichbar“ gekennzeichnet, wie das Dokument der Kommission warnt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="20"/>
        <source>&amp;Findings for this item</source>
        <translation>&amp;Befunde zu diesem Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="24"/>
        <source>Findings for this item</source>
        <translation>Befunde zu diesem Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To fix: </source>
        <translation>Zu beheben: </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To look at: </source>
        <translation>Zu prüfen: </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="58"/>
        <source>Nothing to fix on this item.</source>
        <translation>Bei diesem Element ist nichts zu beheben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="66"/>
        <source>%n problem(s) to fix before submission.</source>
        <translation>
            <numerusform>%n Problem vor der Einreichung zu beheben.</numerusform>
            <numerusform>%n Probleme vor der Einreichung zu beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="68"/>
        <source>%n point(s) to look at.</source>
        <translation>
            <numerusform>%n Punkt zu prüfen.</numerusform>
            <numerusform>%n Punkte zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="69"/>
        <source>Press Enter on a finding to go to its field.</source>
        <translation>Drücken Sie die Eingabetaste auf einem Befund, um zu seinem Feld zu gelangen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/editor.py" line="160"/>
        <source>Contents of the contribution</source>
        <extracomment>How long typing must pause before the whole contribution is checked again.</extracomment>
        <translation>Inhaltsverzeichnis des Beitrags</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="39"/>
        <source>Fi&amp;nd in the whole contribution:</source>
        <translation>Im ganzen Beitrag &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="42"/>
        <source>Words in any answer, prompt, data point or reference</source>
        <translation>Wörter in einer Antwort, Frage, einem Datenpunkt oder einer Quellenangabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="45"/>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="49"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="116"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="50"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="52"/>
        <source>Previous match ({key})</source>
        <translation>Vorheriger Treffer ({key})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="59"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="114"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="60"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="62"/>
        <source>Next match ({key})</source>
        <translation>Nächster Treffer ({key})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="70"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="105"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>{n} matches</source>
        <translation>{n} Treffer</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="111"/>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="44"/>
        <source>This template sets no deadline for Member States.</source>
        <translation>Diese Vorlage setzt den Mitgliedstaaten keine Frist.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="48"/>
        <source>Every Member State deadline of the {cycle} cycle has passed; the last was {date} ({wording}): {what}</source>
        <translation>Alle Fristen der Mitgliedstaaten im Zyklus {cycle} sind abgelaufen; die letzte war am {date} ({wording}): {what}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="60"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="62"/>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="64"/>
        <source>{n} days left</source>
        <translation>noch {n} Tage</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="66"/>
        <source>Next deadline: {date} ({wording}) — {what} {left}.</source>
        <translation>Nächste Frist: {date} ({wording}) — {what} {left}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="101"/>
        <source>Completeness of the contribution</source>
        <translation>Vollständigkeit des Beitrags</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="141"/>
        <source>{percent} complete</source>
        <translation>{percent} vollständig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="144"/>
        <source>{answered} of {total} fields answered · {errors} to fix · {warnings} to look at</source>
        <translation>{answered} von {total} Feldern ausgefüllt · {errors} zu beheben · {warnings} zu prüfen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="113"/>
        <source>{id} — question “{text}”</source>
        <translation>{id} — Frage „{text}“</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="122"/>
        <source>imported from {name}</source>
        <translation>importiert aus {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="125"/>
        <source>merged from the return {name}</source>
        <translation>zusammengeführt aus der Rückgabe {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="135"/>
        <source>rows changed</source>
        <translation>Zeilen geändert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="139"/>
        <source>written ({words})</source>
        <translation>geschrieben ({words})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="141"/>
        <source>emptied ({words} removed)</source>
        <translation>geleert ({words} entfernt)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="144"/>
        <source>{words} added</source>
        <translation>{words} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="146"/>
        <source>{words} removed</source>
        <translation>{words} entfernt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="147"/>
        <source>edited, same length</source>
        <translation>bearbeitet, gleiche Länge</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="153"/>
        <source>C&amp;hanges to this item, newest first</source>
        <translation>Ä&amp;nderungen an diesem Element, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="158"/>
        <source>Changes to this item</source>
        <translation>Änderungen an diesem Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="162"/>
        <source>Every change is kept in the draft&apos;s history, chained so that an altered history shows.</source>
        <translation>Jede Änderung wird im Verlauf des Entwurfs aufbewahrt, verkettet, sodass ein veränderter Verlauf erkennbar ist.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="180"/>
        <source>{when} · {author}{source}
{field}: {change}</source>
        <translation>{when} · {author}{source}
{field}: {change}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="193"/>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="156"/>
        <source>What the Annex asks</source>
        <translation>Was der Anhang verlangt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="165"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="195"/>
        <source>The Pact&apos;s main commitment for this area</source>
        <translation>Die Hauptverpflichtung des Pakts für diesen Bereich</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="189"/>
        <source>Part I · {title}</source>
        <translation>Teil I · {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="191"/>
        <source>{id}. {title}</source>
        <translation>{id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="200"/>
        <source>Political assessment: {title}</source>
        <translation>Politische Bewertung: {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="207"/>
        <source>Your Member State&apos;s political assessment of progress since the Pact was adopted in October 2008, for this policy area.</source>
        <translation>Die politische Bewertung Ihres Mitgliedstaats zu den Fortschritten in diesem Politikbereich seit der Annahme des Pakts im Oktober 2008.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="216"/>
        <source>Part II for this area so far: {complete} of {n} commitments complete.</source>
        <translation>Teil II für diesen Bereich bisher: {complete} von {n} Verpflichtungen vollständig.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="221"/>
        <source>1 question of the Commission is still unanswered.</source>
        <translation>1 Frage der Kommission ist noch unbeantwortet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="223"/>
        <source>{n} questions of the Commission are still unanswered.</source>
        <translation>{n} Fragen der Kommission sind noch unbeantwortet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="237"/>
        <source>The Commission also asks: the effect of the economic crisis</source>
        <translation>Die Kommission fragt außerdem: die Auswirkungen der Wirtschaftskrise</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="238"/>
        <source>The Commission also asks for data and trends — if available</source>
        <translation>Die Kommission bittet außerdem um Daten und Trends — soweit verfügbar</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="239"/>
        <source>The Commission also asks you to report on this</source>
        <translation>Die Kommission bittet Sie außerdem, hierüber zu berichten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="300"/>
        <source>Request {n} of {count} · {kind}</source>
        <translation>Anfrage {n} von {count} · {kind}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="308"/>
        <source>Answer in words here, and enter the figures in the data table below.</source>
        <translation>Antworten Sie hier in Worten und tragen Sie die Zahlen in die Datentabelle unten ein.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="316"/>
        <source>Partly reconstructed: these are not all the Commission&apos;s own words. Where the text came from: {why}</source>
        <translation>Teilweise rekonstruiert: Nicht alles ist der Wortlaut der Kommission. Herkunft des Textes: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="338"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="428"/>
        <source>The Pact&apos;s text</source>
        <translation>Der Text des Pakts</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="349"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="357"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="362"/>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="359"/>
        <source>Add data point</source>
        <translation>Datenpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="387"/>
        <source>Add reference</source>
        <translation>Quellenangabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="484"/>
        <source>Data and trends for {periods}. {rule} Leave “Comparability” unticked and it is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation>Daten und Trends für {periods}. {rule} Lassen Sie „Vergleichbarkeit“ leer, dann werden sie als „nicht vergleichbar“ gekennzeichnet, wie das Dokument der Kommission warnt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="488"/>
        <source>Data and trends for {periods}.</source>
        <translation>Daten und Trends für {periods}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="361"/>
        <source>Remove data point</source>
        <translation>Datenpunkt entfernen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="74"/>
        <source>Read-only: this item was not sent to you. The coordinator writes it; you can read it here but not change it.</source>
        <translation>Schreibgeschützt: Dieser Punkt wurde Ihnen nicht gesendet. Die Koordination schreibt ihn; Sie können ihn hier lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="128"/>
        <source>{caption} — original text, {language}</source>
        <translation>{caption} — Originaltext, {language}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="382"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="390"/>
        <source>References</source>
        <translation>Quellenangaben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="384"/>
        <source>Point to where this is already reported instead of repeating it, e.g. a section of the EMN annual policy report, a Eurostat table or a fund&apos;s annual report.</source>
        <translation>Verweisen Sie auf bereits vorhandene Berichte, statt sie zu wiederholen, z. B. einen Abschnitt des jährlichen Politikberichts des EMN, eine Eurostat-Tabelle oder den Jahresbericht eines Fonds.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="389"/>
        <source>Remove reference</source>
        <translation>Quellenangabe entfernen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="425"/>
        <source>Part II · {id}. {title}</source>
        <translation>Teil II · {id}. {title}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="426"/>
        <source>Commitment {id}</source>
        <translation>Verpflichtung {id}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="438"/>
        <source>For this commitment the Commission also asks a question. Please answer it.</source>
        <translation>Zu dieser Verpflichtung stellt die Kommission außerdem eine Frage. Bitte beantworten Sie sie.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="441"/>
        <source>For this commitment the Commission also asks {n} questions. Please answer each.</source>
        <translation>Zu dieser Verpflichtung stellt die Kommission außerdem {n} Fragen. Bitte beantworten Sie jede.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="471"/>
        <source>Data points — the Annex asks for data here</source>
        <translation>Datenpunkte — der Anhang verlangt hier Daten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="489"/>
        <source>the period asked</source>
        <translation>den erbetenen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="492"/>
        <source>Data points (optional)</source>
        <translation>Datenpunkte (optional)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="494"/>
        <source>Figures that support your answers. Data that is not harmonised is marked “not comparable”.</source>
        <translation>Zahlen, die Ihre Antworten stützen. Nicht harmonisierte Daten werden als „nicht vergleichbar“ gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="59"/>
        <source>Nothing stands in the way of submission: the bundle can be made.</source>
        <translation>Der Einreichung steht nichts im Weg: Das Einreichungspaket kann erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="60"/>
        <source>Before this version can be submitted:</source>
        <translation>Bevor diese Version eingereicht werden kann:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="63"/>
        <source>1 validation error must be corrected (see Checks).</source>
        <translation>1 Validierungsfehler muss korrigiert werden (siehe Prüfungen).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="67"/>
        <source>{count} validation errors must be corrected (see Checks).</source>
        <translation>{count} Validierungsfehler müssen korrigiert werden (siehe Prüfungen).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="70"/>
        <source>the draft&apos;s history does not check out.</source>
        <translation>der Verlauf des Entwurfs ist nicht stimmig.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="72"/>
        <source>a sign-off as {role} is missing.</source>
        <translation>eine Freigabe als {role} fehlt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="76"/>
        <source>the sign-off as {role} is outdated: the contribution changed after it.</source>
        <translation>die Freigabe als {role} ist veraltet: Der Beitrag hat sich danach geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Holds</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="133"/>
        <source>{name} signed revision {revision} as {role}; the contribution has not changed since.</source>
        <translation>{name} hat Revision {revision} als {role} signiert; der Beitrag hat sich seitdem nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="136"/>
        <source>Outdated: {problem}. It must be signed again.</source>
        <translation>Veraltet: {problem}. Sie muss erneut signiert werden.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="162"/>
        <source>Reading the sign-offs…</source>
        <translation>Die Freigaben werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="164"/>
        <source>Sign-off state</source>
        <translation>Stand der Freigaben</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="169"/>
        <source>What still stands in the way of submission</source>
        <translation>Was der Einreichung noch im Weg steht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="175"/>
        <source>Sign-offs of this contribution</source>
        <translation>Freigaben dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="186"/>
        <source>Sign &amp;off…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="218"/>
        <source>Every required sign-off holds at revision {revision}.</source>
        <translation>Alle erforderlichen Freigaben gelten für Revision {revision}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="224"/>
        <source>{role} (outdated)</source>
        <translation>{role} (veraltet)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="227"/>
        <source>Revision {revision} still needs a sign-off as: {roles}.</source>
        <translation>Revision {revision} braucht noch eine Freigabe als: {roles}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="234"/>
        <source>1 earlier sign-off no longer holds: the contribution changed after it.</source>
        <translation>1 frühere Freigabe gilt nicht mehr: Der Beitrag hat sich danach geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="238"/>
        <source>{count} earlier sign-offs no longer hold: the contribution changed after them.</source>
        <translation>{count} frühere Freigaben gelten nicht mehr: Der Beitrag hat sich danach geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="246"/>
        <source>The sign-offs could not be read: {problem}</source>
        <translation>Die Freigaben konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="33"/>
        <source>Welcome to PactDesk</source>
        <translation>Willkommen bei PactDesk</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="36"/>
        <source>PactDesk helps your ministry write your Member State&apos;s annual contribution on the European Pact on Immigration and Asylum, following the Commission&apos;s template for the Member States&apos; contributions — and get it checked, signed off and submitted.</source>
        <translation>PactDesk hilft Ihrem Ministerium, den jährlichen Beitrag Ihres Mitgliedstaats zum Europäischen Pakt zu Einwanderung und Asyl nach der Vorlage der Kommission für die Beiträge der Mitgliedstaaten zu schreiben — und ihn prüfen, freigeben und einreichen zu lassen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="52"/>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="58"/>
        <source>Part I: write a short political assessment for each of the Pact&apos;s five policy areas.</source>
        <translation>Teil I: Schreiben Sie eine kurze politische Bewertung für jeden der fünf Politikbereiche des Pakts.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="62"/>
        <source>Part II: for each commitment of the Pact, describe the main actions undertaken and the most significant developments planned, and answer the Commission&apos;s extra questions — they are shown as orange cards so that none is missed.</source>
        <translation>Teil II: Beschreiben Sie für jede Verpflichtung des Pakts die wichtigsten ergriffenen Maßnahmen und die bedeutendsten geplanten Entwicklungen, und beantworten Sie die zusätzlichen Fragen der Kommission — sie erscheinen als orangefarbene Karten, damit keine übersehen wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="68"/>
        <source>Everything you type is saved as you type. There is no Save button, and nothing is lost if the computer stops.</source>
        <translation>Alles, was Sie eingeben, wird sofort gespeichert. Es gibt keine Schaltfläche „Speichern“, und nichts geht verloren, wenn der Computer ausfällt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="72"/>
        <source>The checks on the right tell you what is still missing before the deadline.</source>
        <translation>Die Prüfungen rechts zeigen Ihnen, was vor Ablauf der Frist noch fehlt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="83"/>
        <source>&amp;Open a draft…</source>
        <translation>Entwurf ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="84"/>
        <source>Look at a &amp;fictional example</source>
        <translation>Ein &amp;fiktives Beispiel ansehen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="96"/>
        <source>The example is an invented contribution, clearly marked as fictional, that you can change freely to look around.</source>
        <translation>Das Beispiel ist ein erfundener, deutlich als fiktiv gekennzeichneter Beitrag, den Sie frei ändern können, um sich umzusehen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="105"/>
        <source>&amp;Recent drafts</source>
        <translation>&amp;Zuletzt geöffnete Entwürfe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="108"/>
        <source>Recent drafts</source>
        <translation>Zuletzt geöffnete Entwürfe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="109"/>
        <source>One click opens a draft</source>
        <translation>Ein Klick öffnet einen Entwurf</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="119"/>
        <source>No draft opened yet on this computer.</source>
        <translation>Auf diesem Computer wurde noch kein Entwurf geöffnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="95"/>
        <source>Merge a colleague&apos;s return</source>
        <translation>Rückgabe einer Kollegin oder eines Kollegen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="100"/>
        <source>No return chosen</source>
        <translation>Keine Rückgabe gewählt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="102"/>
        <source>Return &amp;file:</source>
        <translation>Rückgabe&amp;datei:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="105"/>
        <source>Choose a return package</source>
        <translation>Rückgabepaket auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="114"/>
        <source>Choose the package (.pdx) a colleague sent back. PactDesk shows every change it brings before anything is written.</source>
        <translation>Wählen Sie das Paket (.pdx), das eine Kollegin oder ein Kollege zurückgeschickt hat. PactDesk zeigt jede Änderung daraus, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="124"/>
        <source>What the return would do</source>
        <translation>Was die Rückgabe bewirken würde</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="125"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="182"/>
        <source>Incoming changes</source>
        <translation>Eingehende Änderungen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="130"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="132"/>
        <source>Merge the accepted changes</source>
        <translation>Angenommene Änderungen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="150"/>
        <source>Resolve open conflicts</source>
        <translation>Offene Konflikte lösen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="156"/>
        <source>Resolve the conflicts as decided</source>
        <translation>Konflikte wie entschieden lösen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="165"/>
        <source>%n open conflict(s): this draft&apos;s text stays until you decide.</source>
        <translation>
            <numerusform>%n offener Konflikt: Der Text dieses Entwurfs bleibt, bis Sie entscheiden.</numerusform>
            <numerusform>%n offene Konflikte: Der Text dieses Entwurfs bleibt, bis Sie entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="167"/>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Incoming c&amp;hanges:</source>
        <translation>Eingehende Ä&amp;nderungen:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="189"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="190"/>
        <source>Accept this change</source>
        <translation>Diese Änderung annehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="191"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="192"/>
        <source>Reject this change</source>
        <translation>Diese Änderung ablehnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="193"/>
        <source>Accept a&amp;ll</source>
        <translation>Alle an&amp;nehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="194"/>
        <source>Accept every change</source>
        <translation>Alle Änderungen annehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="195"/>
        <source>Reject all</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="196"/>
        <source>Reject every change</source>
        <translation>Alle Änderungen ablehnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="213"/>
        <source>The change, old to new: deleted words struck through, inserted words underlined</source>
        <translation>Die Änderung, von alt nach neu: gelöschte Wörter durchgestrichen, eingefügte Wörter unterstrichen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="226"/>
        <source>Conflicts: fields both sides changed</source>
        <translation>Konflikte: auf beiden Seiten geänderte Felder</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="228"/>
        <source>C&amp;onflicts:</source>
        <translation>K&amp;onflikte:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="233"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Unseren behalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="234"/>
        <source>Keep this draft&apos;s text</source>
        <translation>Den Text dieses Entwurfs behalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="235"/>
        <source>Take &amp;theirs</source>
        <translation>&amp;Ihren übernehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="236"/>
        <source>Take the return&apos;s text</source>
        <translation>Den Text der Rückgabe übernehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="237"/>
        <source>&amp;Use merged text</source>
        <translation>Zusammengeführten &amp;Text verwenden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="238"/>
        <source>Use the merged text as edited</source>
        <translation>Den zusammengeführten Text wie bearbeitet verwenden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="250"/>
        <source>This draft (ours)</source>
        <translation>Dieser Entwurf (unserer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="251"/>
        <source>The return (theirs)</source>
        <translation>Die Rückgabe (ihrer)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="252"/>
        <source>Merged te&amp;xt (you can edit it)</source>
        <translation>Zusammengeführter Te&amp;xt (bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Merge a return</source>
        <translation>Rückgabe zusammenführen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Exchange packages (*.pdx);;All files (*)</source>
        <translation>Austauschpakete (*.pdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="315"/>
        <source>Open the encrypted return</source>
        <translation>Verschlüsselte Rückgabe öffnen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="316"/>
        <source>Passphrase of {name}&apos;s identity:</source>
        <translation>Passphrase der Identität von {name}:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="348"/>
        <source>Incoming changes ({n})</source>
        <translation>Eingehende Änderungen ({n})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="351"/>
        <source>This return was already merged on {when}; merging it again changes nothing.</source>
        <translation>Diese Rückgabe wurde bereits am {when} zusammengeführt; ein erneutes Zusammenführen ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="357"/>
        <source>%n incoming change(s);</source>
        <translation>
            <numerusform>%n eingehende Änderung;</numerusform>
            <numerusform>%n eingehende Änderungen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="359"/>
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n Konflikt.</numerusform>
            <numerusform>%n Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="362"/>
        <source>The return is {sender}. {counts}</source>
        <translation>Die Rückgabe ist {sender}. {counts}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="380"/>
        <source>The return could not be read: {why}</source>
        <translation>Die Rückgabe konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>merged word by word</source>
        <translation>Wort für Wort zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>from the return</source>
        <translation>aus der Rückgabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Ours kept</source>
        <translation>Unserer behalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Theirs taken</source>
        <translation>Ihrer übernommen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="394"/>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="452"/>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="489"/>
        <source>Merged: %n field(s) changed.</source>
        <translation>
            <numerusform>Zusammengeführt: %n Feld geändert.</numerusform>
            <numerusform>Zusammengeführt: %n Felder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="35"/>
        <source>Show the items &amp;of</source>
        <translation>Elemente &amp;anzeigen von</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="127"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="57"/>
        <source>Make the submission bundle</source>
        <extracomment>How many reasons the refusal names in its message (all are in the details).</extracomment>
        <translation>Einreichungspaket erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="63"/>
        <source>The bundle is the file you submit to the Commission: the contribution as JSON, workbook and PDF, every sign-off, and your signature as submitter. It can be made once every required sign-off holds and no error remains.</source>
        <translation>Das Einreichungspaket ist die Datei, die Sie bei der Kommission einreichen: der Beitrag als JSON, Arbeitsmappe und PDF, alle Freigaben und Ihre Signatur als Einreicher. Es kann erstellt werden, sobald alle erforderlichen Freigaben gelten und kein Fehler mehr besteht.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="72"/>
        <source>Where to save the bundle</source>
        <translation>Speicherort des Einreichungspakets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="80"/>
        <source>Only a &amp;preview to check (unsigned, marked PREVIEW; it cannot be submitted)</source>
        <translation>Nur eine &amp;Vorschau zur Kontrolle (unsigniert, als VORSCHAU gekennzeichnet; kann nicht eingereicht werden)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="82"/>
        <source>Only a preview</source>
        <translation>Nur eine Vorschau</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="84"/>
        <source>This &amp;replaces an earlier submission</source>
        <translation>Dies &amp;ersetzt eine frühere Einreichung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="85"/>
        <source>This replaces an earlier submission</source>
        <translation>Dies ersetzt eine frühere Einreichung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="88"/>
        <source>The &amp;earlier bundle:</source>
        <translation>Das &amp;frühere Einreichungspaket:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="89"/>
        <source>The earlier bundle this one replaces</source>
        <translation>Das frühere Einreichungspaket, das dieses ersetzt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="93"/>
        <source>Submitted &amp;by:</source>
        <translation>Eingereicht &amp;von:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="97"/>
        <source>Progress of the bundle</source>
        <translation>Fortschritt des Einreichungspakets</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="105"/>
        <source>&amp;Make the bundle</source>
        <translation>Einreichungspaket er&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="107"/>
        <source>Make the bundle</source>
        <translation>Einreichungspaket erstellen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="109"/>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="110"/>
        <source>Stop making the bundle</source>
        <translation>Erstellung des Einreichungspakets anhalten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="168"/>
        <source>Making the bundle…</source>
        <translation>Das Einreichungspaket wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="201"/>
        <source>Made a PREVIEW in {path}: unsigned and marked PREVIEW, to check the contribution; it cannot be submitted.</source>
        <translation>Eine VORSCHAU wurde in {path} erstellt: unsigniert und als VORSCHAU gekennzeichnet, zur Kontrolle des Beitrags; sie kann nicht eingereicht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="206"/>
        <source>Made the submission bundle in {path}: revision {revision}, %n sign-off(s) and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</source>
        <translation>
            <numerusform>Einreichungspaket in {path} erstellt: Revision {revision}, %n Freigabe und Ihre Signatur. Reichen Sie diese Datei ein und geben Sie den Empfängern das Zertifikat der Zertifizierungsstelle gesondert.</numerusform>
            <numerusform>Einreichungspaket in {path} erstellt: Revision {revision}, %n Freigaben und Ihre Signatur. Reichen Sie diese Datei ein und geben Sie den Empfängern das Zertifikat der Zertifizierungsstelle gesondert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="213"/>
        <source>It replaces the earlier submission.</source>
        <translation>Es ersetzt die frühere Einreichung.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="219"/>
        <source>Stopped; no bundle was written.</source>
        <translation>Angehalten; es wurde kein Einreichungspaket geschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="225"/>
        <source>… and {count} more (see the details).</source>
        <translation>… und {count} weitere (siehe Einzelheiten).</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="228"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="230"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="36"/>
        <source>Import a Word document</source>
        <translation>Word-Dokument importieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="37"/>
        <source>No document chosen</source>
        <translation>Kein Dokument gewählt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="38"/>
        <location filename="../../pactdesk/services/formats.py" line="129"/>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="39"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="40"/>
        <source>Choose a Word document</source>
        <translation>Word-Dokument auswählen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="42"/>
        <source>Choose the Word document a colleague filled in — one PactDesk exported, or the Commission&apos;s template filled in by hand. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation>Wählen Sie das Word-Dokument, das eine Kollegin oder ein Kollege ausgefüllt hat — von PactDesk exportiert oder die von Hand ausgefüllte Vorlage der Kommission. PactDesk liest es und zeigt, was es ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="46"/>
        <source>Changes the document brings</source>
        <translation>Änderungen aus dem Dokument</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="47"/>
        <source>From the document</source>
        <translation>Aus dem Dokument</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="48"/>
        <source>In the document (not imported)</source>
        <translation>Im Dokument (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="49"/>
        <source>Problems in the document</source>
        <translation>Probleme im Dokument</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="50"/>
        <source>What the document would do</source>
        <translation>Was das Dokument bewirken würde</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="51"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="52"/>
        <source>The document does not say who saved it; the changes will be yours.</source>
        <translation>Das Dokument gibt nicht an, wer es gespeichert hat; die Änderungen werden Ihnen zugeschrieben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="53"/>
        <source>Not exported from this draft: it fills only fields that are empty here.</source>
        <translation>Nicht aus diesem Entwurf exportiert: Es werden nur Felder gefüllt, die hier leer sind.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="54"/>
        <source>The document could not be read: {why}</source>
        <translation>Das Dokument konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="62"/>
        <source>Read with the changes &amp;accepted</source>
        <translation>Mit &amp;angenommenen Änderungen lesen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="63"/>
        <source>Read with the changes &amp;rejected</source>
        <translation>Mit a&amp;bgelehnten Änderungen lesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="105"/>
        <source>This document still has %n tracked change(s), listed under Problems. Read it with them accepted or rejected?</source>
        <translation>
            <numerusform>Dieses Dokument enthält noch %n nachverfolgte Änderung, aufgeführt unter Probleme. Mit angenommener oder abgelehnter Änderung lesen?</numerusform>
            <numerusform>Dieses Dokument enthält noch %n nachverfolgte Änderungen, aufgeführt unter Probleme. Mit angenommenen oder abgelehnten Änderungen lesen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="65"/>
        <source>Send a sign-off request</source>
        <translation>Freigabeanforderung senden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="71"/>
        <source>The request holds exactly this version of the contribution and a PDF to read. Send it to the colleague who signs off on their own computer; they send back a signed answer, which you take in with Take in a signed answer.</source>
        <translation>Die Anforderung enthält genau diese Version des Beitrags und ein PDF zum Lesen. Senden Sie sie an die Person, die auf ihrem eigenen Computer freigibt; sie schickt eine signierte Antwort zurück, die Sie mit Signierte Antwort übernehmen einlesen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="80"/>
        <source>Where to save the sign-off request</source>
        <translation>Speicherort der Freigabeanforderung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="92"/>
        <source>&amp;Save the request</source>
        <translation>Anforderung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="99"/>
        <source>Choose where to save the request first.</source>
        <translation>Wählen Sie zuerst, wo die Anforderung gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="109"/>
        <source>Making the request (with its PDF)…</source>
        <translation>Die Anforderung wird erstellt (mit ihrem PDF)…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="121"/>
        <source>Saved the sign-off request for revision {revision} in {path}. Send it to the colleague who signs off.</source>
        <translation>Die Freigabeanforderung für Revision {revision} wurde in {path} gespeichert. Senden Sie sie an die Person, die freigibt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="456"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="129"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="142"/>
        <source>Sign a colleague&apos;s request</source>
        <translation>Anforderung einer Kollegin oder eines Kollegen signieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="147"/>
        <source>The &amp;request:</source>
        <translation>Die &amp;Anforderung:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="148"/>
        <source>The sign-off request you received</source>
        <translation>Die erhaltene Freigabeanforderung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="152"/>
        <source>Choose the sign-off request you received.</source>
        <translation>Wählen Sie die erhaltene Freigabeanforderung.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="154"/>
        <source>What the request asks you to sign</source>
        <translation>Was Sie laut Anforderung signieren sollen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="160"/>
        <source>The contribution you are asked to sign</source>
        <translation>Der Beitrag, den Sie signieren sollen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="172"/>
        <source>Save its &amp;PDF to read…</source>
        <translation>Sein &amp;PDF zum Lesen speichern…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="173"/>
        <source>Save the request&apos;s PDF to read</source>
        <translation>Das PDF der Anforderung zum Lesen speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="190"/>
        <source>Save the signed &amp;answer as:</source>
        <translation>Signierte A&amp;ntwort speichern unter:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="191"/>
        <source>Where to save the signed answer</source>
        <translation>Speicherort der signierten Antwort</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="244"/>
        <source>{sender} asks you to sign off {state}&apos;s contribution to the {cycle} cycle, revision {revision}.</source>
        <translation>{sender} bittet Sie, den Beitrag von {state} zum Zyklus {cycle}, Revision {revision}, freizugeben.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="247"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="258"/>
        <source>What is signed is this exact content; SHA-256 {digest}.</source>
        <translation>Signiert wird genau dieser Inhalt; SHA-256 {digest}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="280"/>
        <source>Save the PDF to read</source>
        <translation>PDF zum Lesen speichern</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="282"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="295"/>
        <source>Saved the PDF to read in {path}.</source>
        <translation>Das PDF zum Lesen wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="344"/>
        <source>Signed. {name} signed off revision {revision} as {role}. Send {path} back to the coordinator.</source>
        <translation>Signiert. {name} hat Revision {revision} als {role} freigegeben. Senden Sie {path} an die Koordination zurück.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="367"/>
        <source>Take in a signed answer</source>
        <translation>Signierte Antwort übernehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="371"/>
        <source>Choose the signed answer your colleague sent back. PactDesk checks that it signs exactly the current version before recording it.</source>
        <translation>Wählen Sie die signierte Antwort, die Ihre Kollegin oder Ihr Kollege zurückgeschickt hat. PactDesk prüft, dass sie genau die aktuelle Version signiert, bevor sie erfasst wird.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>Signed &amp;answer:</source>
        <translation>Signierte &amp;Antwort:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>The signed answer</source>
        <translation>Die signierte Antwort</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="377"/>
        <source>&amp;Take it in</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="378"/>
        <source>Choose the signed answer first.</source>
        <translation>Wählen Sie zuerst die signierte Antwort.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="379"/>
        <source>Checking the signed answer…</source>
        <translation>Die signierte Antwort wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="393"/>
        <source>Recorded {name}&apos;s sign-off as {role} at revision {revision}. {next}</source>
        <translation>Die Freigabe von {name} als {role} in Revision {revision} wurde erfasst. {next}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="380"/>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts erfasst.</translation>
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
        <translation>{label} konnte nicht geprüft werden ({why})</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="71"/>
        <source>this is a PREVIEW bundle: nothing in it is signed for submission</source>
        <translation>dies ist ein VORSCHAU-Einreichungspaket: nichts darin ist für die Einreichung signiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="75"/>
        <source>the file is not an ASiC-E container (its mimetype is wrong)</source>
        <translation>die Datei ist kein ASiC-E-Container (ihr MIME-Typ ist falsch)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="78"/>
        <source>the bundle holds a file a bundle does not have: {name}</source>
        <translation>das Einreichungspaket enthält eine Datei, die ein Einreichungspaket nicht enthält: {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="80"/>
        <source>the bundle lacks {name}</source>
        <translation>im Einreichungspaket fehlt {name}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="81"/>
        <source>the bundle holds no signed manifest</source>
        <translation>das Einreichungspaket enthält kein signiertes Manifest</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="84"/>
        <source>the bundle mixes CAdES and XAdES signatures; a bundle is all of one form</source>
        <translation>das Einreichungspaket mischt CAdES- und XAdES-Signaturen; ein Paket hat nur eine Form</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="88"/>
        <source>META-INF/manifest.xml does not list the bundle&apos;s files as PactDesk writes it</source>
        <translation>META-INF/manifest.xml führt die Dateien des Einreichungspakets nicht so auf, wie PactDesk es schreibt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="91"/>
        <source>contribution.json cannot be read</source>
        <translation>contribution.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="94"/>
        <source>{manifest} cannot be read: {why}</source>
        <translation>{manifest} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="97"/>
        <source>{manifest} cannot be read: it is not a sound manifest</source>
        <translation>{manifest} kann nicht gelesen werden: es ist kein einwandfreies Manifest</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="101"/>
        <source>{manifest} names the signature {named}, not {expected}</source>
        <translation>{manifest} nennt die Signatur {named}, nicht {expected}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="104"/>
        <source>{manifest} names {name}, which is missing</source>
        <translation>{manifest} nennt {name}, das fehlt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="108"/>
        <source>{name} does not match its digest in {manifest} (it was changed after signing)</source>
        <translation>{name} stimmt nicht mit seiner Prüfsumme in {manifest} überein (es wurde nach dem Signieren geändert)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="110"/>
        <source>the signature {signature} is missing</source>
        <translation>die Signatur {signature} fehlt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="112"/>
        <source>{signature} has no manifest</source>
        <translation>{signature} hat kein Manifest</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="116"/>
        <source>{signature}: {why}</source>
        <translation>{signature}: {why}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="118"/>
        <source>{signature}: the signature cannot be read</source>
        <translation>{signature}: die Signatur kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="122"/>
        <source>{signature}: the signer&apos;s certificate is damaged</source>
        <translation>{signature}: das Zertifikat des Unterzeichners ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="126"/>
        <source>{signature}: the signed content does not match the signature (digest mismatch)</source>
        <translation>{signature}: der signierte Inhalt stimmt nicht mit der Signatur überein (Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="130"/>
        <source>{signature}: the signature value does not verify with the signer&apos;s certificate</source>
        <translation>{signature}: der Signaturwert lässt sich mit dem Zertifikat des Unterzeichners nicht verifizieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="135"/>
        <source>{signature}: the signing-certificate-v2 attribute is missing or names another certificate</source>
        <translation>{signature}: das Attribut signing-certificate-v2 fehlt oder nennt ein anderes Zertifikat</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="140"/>
        <source>{signature}: the signature is not in DER encoding</source>
        <extracomment>:func:`pactdesk.signing.cades.cms_structure_problems` ids -&gt; sentences</extracomment>
        <translation>{signature}: die Signatur ist nicht DER-codiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="142"/>
        <source>{signature}: the signature is not a readable CMS object</source>
        <translation>{signature}: die Signatur ist kein lesbares CMS-Objekt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="146"/>
        <source>{signature}: the signature has an unexpected SignedData version</source>
        <translation>{signature}: die Signatur hat eine unerwartete SignedData-Version</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="149"/>
        <source>{signature}: the signature has more than one signer</source>
        <translation>{signature}: die Signatur hat mehr als einen Unterzeichner</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="153"/>
        <source>{signature}: the signature&apos;s digest algorithms do not match its signer&apos;s</source>
        <translation>{signature}: die Prüfsummenalgorithmen der Signatur stimmen nicht mit denen ihres Unterzeichners überein</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="156"/>
        <source>{signature}: the signature is not over plain data</source>
        <translation>{signature}: die Signatur bezieht sich nicht auf einfache Daten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="160"/>
        <source>{signature}: the signature carries revocation lists PactDesk does not read</source>
        <translation>{signature}: die Signatur enthält Sperrlisten, die PactDesk nicht liest</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="164"/>
        <source>{signature}: the signer&apos;s SignerInfo has an unexpected version</source>
        <translation>{signature}: die SignerInfo des Unterzeichners hat eine unerwartete Version</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="168"/>
        <source>{signature}: the signature carries unsigned attributes</source>
        <translation>{signature}: die Signatur enthält unsignierte Attribute</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="172"/>
        <source>{signature}: the signature does not carry its signer&apos;s certificate</source>
        <translation>{signature}: die Signatur enthält nicht das Zertifikat ihres Unterzeichners</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="176"/>
        <source>{signature}: a CA certificate in the signature is damaged</source>
        <translation>{signature}: ein CA-Zertifikat in der Signatur ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="180"/>
        <source>{signature}: the signature carries a certificate unrelated to its signer</source>
        <translation>{signature}: die Signatur enthält ein Zertifikat, das nicht zu ihrem Unterzeichner gehört</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="186"/>
        <source>the last manifest is not the submitter&apos;s</source>
        <translation>das letzte Manifest ist nicht das des Einreichers</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="190"/>
        <source>{name} is not signed by the submitter&apos;s final manifest</source>
        <translation>{name} ist nicht durch das abschließende Manifest des Einreichers signiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="192"/>
        <source>the bundle carries no sign-off</source>
        <translation>das Einreichungspaket enthält keine Freigabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="193"/>
        <source>sign-off {number} is out of sequence</source>
        <translation>Freigabe {number} steht nicht an der richtigen Stelle der Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="195"/>
        <source>{manifest} is a submission, not a sign-off</source>
        <translation>{manifest} ist eine Einreichung, keine Freigabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="197"/>
        <source>{manifest} is not a PactDesk sign-off</source>
        <translation>{manifest} ist keine PactDesk-Freigabe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="198"/>
        <source>{manifest} says it is sign-off {sequence}</source>
        <translation>{manifest} gibt an, Freigabe {sequence} zu sein</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="201"/>
        <source>{manifest} signs another Member State&apos;s or cycle&apos;s contribution</source>
        <translation>{manifest} signiert den Beitrag eines anderen Mitgliedstaats oder Berichtszyklus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="204"/>
        <source>{manifest} does not sign contribution.json</source>
        <translation>{manifest} signiert contribution.json nicht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="208"/>
        <source>the first sign-off {manifest} names an earlier signature</source>
        <translation>die erste Freigabe {manifest} nennt eine frühere Signatur</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="213"/>
        <source>{manifest} does not name the sign-off before it ({previous}): the order was changed</source>
        <translation>{manifest} nennt nicht die vorhergehende Freigabe ({previous}): die Reihenfolge wurde geändert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="218"/>
        <source>sign-off {number} names another history than the contribution&apos;s</source>
        <translation>Freigabe {number} nennt einen anderen Verlauf als der Beitrag</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="223"/>
        <source>sign-off {number} is for revision {signed}, the contribution is revision {revision}</source>
        <translation>Freigabe {number} gilt für Revision {signed}, der Beitrag ist aber in Revision {revision}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="228"/>
        <source>the submitter&apos;s manifest names another revision than the contribution</source>
        <translation>das Manifest des Einreichers nennt eine andere Revision als der Beitrag</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="233"/>
        <source>contribution.pdf cannot be read as a PDF</source>
        <translation>contribution.pdf kann nicht als PDF gelesen werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="235"/>
        <location filename="../../pactdesk/services/verify_messages.py" line="239"/>
        <source>contribution.pdf carries no signature over the whole file</source>
        <translation>contribution.pdf enthält keine Signatur über die gesamte Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="241"/>
        <source>contribution.pdf&apos;s signature cannot be read</source>
        <translation>die Signatur von contribution.pdf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="243"/>
        <source>contribution.pdf&apos;s signature does not verify</source>
        <translation>die Signatur von contribution.pdf lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="248"/>
        <source>contribution.pdf was signed by someone other than the submitter</source>
        <translation>contribution.pdf wurde von einer anderen Person als dem Einreicher signiert</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="255"/>
        <source>{who}&apos;s certificate was not issued by a trusted CA</source>
        <translation>das Zertifikat von {who} wurde nicht von einer vertrauenswürdigen CA ausgestellt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="260"/>
        <source>{who}&apos;s certificate was issued with a certificate that is not a CA&apos;s (a person&apos;s own certificate cannot issue others)</source>
        <translation>das Zertifikat von {who} wurde mit einem Zertifikat ausgestellt, das kein CA-Zertifikat ist (das eigene Zertifikat einer Person kann keine anderen ausstellen)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="267"/>
        <source>{who}&apos;s certificate was issued by a CA certificate that is not allowed to sign certificates (no keyCertSign)</source>
        <translation>das Zertifikat von {who} wurde von einem CA-Zertifikat ausgestellt, das keine Zertifikate signieren darf (kein keyCertSign)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="274"/>
        <source>{who}&apos;s certificate is more CA steps away from the trusted CA than that CA allows (its path length limit)</source>
        <translation>das Zertifikat von {who} ist mehr CA-Stufen von der vertrauenswürdigen CA entfernt, als diese CA erlaubt (ihre Pfadlängenbegrenzung)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="281"/>
        <source>{who}&apos;s certificate path holds a certificate with a critical extension PactDesk does not know, so it cannot be relied on</source>
        <translation>der Zertifikatspfad von {who} enthält ein Zertifikat mit einer kritischen Erweiterung, die PactDesk nicht kennt; daher kann man sich nicht darauf verlassen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="288"/>
        <source>{who}&apos;s certificate path holds a certificate that had expired when the signature says it was made ({at})</source>
        <translation>der Zertifikatspfad von {who} enthält ein Zertifikat, das zu dem Zeitpunkt, zu dem die Signatur laut eigener Angabe erstellt wurde ({at}), bereits abgelaufen war</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="295"/>
        <source>{who}&apos;s certificate path holds a certificate that was not yet valid when the signature says it was made ({at})</source>
        <translation>der Zertifikatspfad von {who} enthält ein Zertifikat, das zu dem Zeitpunkt, zu dem die Signatur laut eigener Angabe erstellt wurde ({at}), noch nicht gültig war</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="302"/>
        <source>{who}&apos;s certificate is not allowed to sign documents (no digitalSignature or nonRepudiation key usage)</source>
        <translation>das Zertifikat von {who} darf keine Dokumente signieren (keine Schlüsselverwendung digitalSignature oder nonRepudiation)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="309"/>
        <source>{who}&apos;s certificate chains to a trusted certificate that is not a CA certificate allowed to sign certificates</source>
        <translation>das Zertifikat von {who} führt zu einem vertrauenswürdigen Zertifikat, das kein CA-Zertifikat mit der Berechtigung zum Signieren von Zertifikaten ist</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="315"/>
        <source>{who}&apos;s certificate path uses an algorithm too weak to rely on</source>
        <translation>der Zertifikatspfad von {who} verwendet einen Algorithmus, der zu schwach ist, um sich darauf zu verlassen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="319"/>
        <source>{who}&apos;s certificate chain cannot be read or does not verify</source>
        <translation>die Zertifikatskette von {who} kann nicht gelesen werden oder lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="327"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), before the signature says it was made ({at}): the signature does not count</source>
        <translation>das Zertifikat von {who} wurde am {revoked} widerrufen ({reason}), bevor die Signatur laut eigener Angabe geleistet wurde ({at}): die Signatur zählt nicht</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="334"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), after the signature says it was made ({at}); the signature still counts.</source>
        <translation>das Zertifikat von {who} wurde am {revoked} widerrufen ({reason}), nachdem die Signatur laut eigener Angabe geleistet wurde ({at}); die Signatur zählt weiterhin.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="341"/>
        <source>Revocation was checked with {name}, the revocation list &apos;{issuer}&apos; issued on {date}: it shows what that CA had revoked by then, nothing later.</source>
        <translation>Der Widerruf wurde mit {name} geprüft, der Sperrliste, die „{issuer}“ am {date} ausgestellt hat: sie zeigt, was diese CA bis dahin widerrufen hatte, nichts Späteres.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="347"/>
        <source>{name} is not a revocation list signed by a trusted CA; it was ignored.</source>
        <translation>{name} ist keine von einer vertrauenswürdigen CA signierte Sperrliste; sie wurde nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="351"/>
        <source>{name} is not a revocation list; it was ignored.</source>
        <translation>{name} ist keine Sperrliste; sie wurde nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="355"/>
        <source>changes.json cannot be read</source>
        <translation>changes.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="358"/>
        <source>the bundle carries changes.json but names no bundle it replaces</source>
        <translation>das Einreichungspaket enthält changes.json, nennt aber kein Einreichungspaket, das es ersetzt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="362"/>
        <source>changes.json and the submitter&apos;s manifest name different bundles replaced</source>
        <translation>changes.json und das Manifest des Einreichers nennen unterschiedliche ersetzte Einreichungspakete</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="366"/>
        <source>the bundle names a bundle it replaces but carries no changes.json</source>
        <translation>das Einreichungspaket nennt ein Einreichungspaket, das es ersetzt, enthält aber keine changes.json</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="373"/>
        <source>The signers&apos; identities were not checked: no trusted CA certificate was given (use --trust CA.pem). Anyone can make a certificate with any name.</source>
        <translation>Die Identitäten der Unterzeichner wurden nicht geprüft: Es wurde kein vertrauenswürdiges CA-Zertifikat angegeben (verwenden Sie --trust CA.pem). Jeder kann ein Zertifikat auf einen beliebigen Namen erstellen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="380"/>
        <source>The signing times are what each signer&apos;s computer said; no trusted time-stamp proves them.</source>
        <translation>Die Signaturzeitpunkte sind die Angaben des Computers des jeweiligen Unterzeichners; kein vertrauenswürdiger Zeitstempel belegt sie.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="386"/>
        <source>Revocation is known only from a revocation list: nothing a CA revoked after the list&apos;s date shows, and a bundle&apos;s own list is as current as the submitter made it.</source>
        <translation>Ein Widerruf ist nur aus einer Sperrliste bekannt: was eine CA nach dem Datum der Liste widerrufen hat, zeigt sie nicht, und die Liste eines Einreichungspakets ist so aktuell, wie die einreichende Person sie beigefügt hat.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="43"/>
        <source>drafting</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="44"/>
        <source>ready for review</source>
        <translation>bereit zur Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="45"/>
        <source>changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="46"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="55"/>
        <source>Comments and review</source>
        <translation>Kommentare und Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="58"/>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="59"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="60"/>
        <source>Com&amp;pare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation>Kommentar &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="82"/>
        <source>A&amp;nswer</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="83"/>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="88"/>
        <source>&amp;Item:</source>
        <translation>E&amp;lement:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="90"/>
        <source>Comm&amp;ent:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="37"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="137"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Comment added.</source>
        <translation>Kommentar hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="143"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="401"/>
        <source>Choose the comment to answer first.</source>
        <translation>Wählen Sie zuerst den Kommentar, auf den Sie antworten möchten.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="409"/>
        <source>Choose the comment to resolve first.</source>
        <translation>Wählen Sie zuerst den Kommentar, der erledigt werden soll.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="413"/>
        <source>Comment resolved.</source>
        <translation>Kommentar erledigt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="164"/>
        <source>Review states</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="168"/>
        <source>Se&amp;t state</source>
        <translation>Status &amp;setzen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="171"/>
        <source>&amp;New state:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="176"/>
        <source>&amp;Items and their review:</source>
        <translation>E&amp;lemente und ihre Prüfung:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the reviewer</source>
        <translation>die prüfende Person</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the writer</source>
        <translation>die verfassende Person</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="200"/>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst ein Element.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="207"/>
        <source>Review state changed.</source>
        <translation>Prüfstatus geändert.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="220"/>
        <source>Sho&amp;w changes</source>
        <translation>Änderungen an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="225"/>
        <source>&amp;From revision:</source>
        <translation>A&amp;b Revision:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="227"/>
        <source>&amp;To revision:</source>
        <translation>Bis Rev&amp;ision:</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="248"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="116"/>
        <source>Comments on this i&amp;tem</source>
        <extracomment>How long typing must pause before the highlights are placed again.</extracomment>
        <translation>Kommentare zu diesem &amp;Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="121"/>
        <source>Comments on this item</source>
        <translation>Kommentare zu diesem Element</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="129"/>
        <source>&amp;Your comment (Ctrl+Enter adds it):</source>
        <translation>&amp;Ihr Kommentar (Strg+Eingabe fügt ihn hinzu):</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="131"/>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="134"/>
        <source>Add co&amp;mment</source>
        <translation>Ko&amp;mmentar hinzufügen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="135"/>
        <source>Ans&amp;wer</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="136"/>
        <source>Resolve threa&amp;d</source>
        <translation>Diskussion er&amp;ledigen</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="227"/>
        <source>{author}, {when} ({state}): {text}</source>
        <translation>{author}, {when} ({state}): {text}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="235"/>
        <source>Detached: the words “{quote}” are no longer in {field}.</source>
        <translation>Losgelöst: Die Wörter „{quote}“ stehen nicht mehr in {field}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="239"/>
        <source>On “{quote}” in {field}</source>
        <translation>Zu „{quote}“ in {field}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="243"/>
        <source>On {field}</source>
        <translation>Zu {field}</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="263"/>
        <source>No comments on this item yet.</source>
        <translation>Noch keine Kommentare zu diesem Element.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="279"/>
        <source>To comment on some words, select them in the answer and press {keys}.</source>
        <translation>Um Wörter zu kommentieren, wählen Sie sie in der Antwort aus und drücken Sie {keys}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="288"/>
        <source>The next comment is on “{quote}” in {field}.</source>
        <translation>Der nächste Kommentar gilt „{quote}“ in {field}.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Answer added.</source>
        <translation>Antwort hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="435"/>
        <source>The words this comment was on are no longer in the answer.</source>
        <translation>Die Wörter, auf die sich dieser Kommentar bezog, stehen nicht mehr in der Antwort.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="373"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="62"/>
        <source>Select some words in an answer first.</source>
        <translation>Wählen Sie zuerst Wörter in einer Antwort aus.</translation>
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
        <translation>Zum Lesen, Weitergeben und Freigeben: gestaltet wie der Anhang der Kommission, als ENTWURF gekennzeichnet.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="109"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="112"/>
        <source>For colleagues without PactDesk: they fill it in and send it back for import.</source>
        <translation>Für Kolleginnen und Kollegen ohne PactDesk: Sie füllen sie aus und senden sie zum Import zurück.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="116"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="121"/>
        <source>Word document (DOCX)</source>
        <translation>Word-Dokument (DOCX)</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="124"/>
        <source>The Annex as a Word document: to fill in by colleagues who answer in Word, and the accessible version (real headings, named answer boxes). It imports back.</source>
        <translation>Der Anhang als Word-Dokument: zum Ausfüllen für Kolleginnen und Kollegen, die in Word antworten, und die barrierefreie Fassung (echte Überschriften, benannte Antwortfelder). Es lässt sich wieder importieren.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="134"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="136"/>
        <source>The contribution as pactdesk.contribution/1, for other programs.</source>
        <translation>Der Beitrag als pactdesk.contribution/1, für andere Programme.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="139"/>
        <source>JSON file</source>
        <translation>JSON-Datei</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="94"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; every signer is trusted.</source>
        <extracomment>What cannot be proven offline, said in every report.</extracomment>
        <translation>Gültiges Einreichungspaket: {what}, Revision {revision}, Signaturen: {count}; alle Unterzeichner sind vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="100"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; the signers&apos; identities were NOT checked.</source>
        <translation>Gültiges Einreichungspaket: {what}, Revision {revision}, Signaturen: {count}; die Identitäten der Unterzeichner wurden NICHT geprüft.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="105"/>
        <source>Not a submission: this is an unsigned PREVIEW bundle.</source>
        <translation>Keine Einreichung: Dies ist ein unsigniertes VORSCHAU-Einreichungspaket.</translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="107"/>
        <source>Not a valid bundle: {problem}</source>
        <translation>Kein gültiges Einreichungspaket: {problem}</translation>
    </message>
</context>
</TS>
