<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="55"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="73"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="73"/>
        <source>Import a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="74"/>
        <source>No workbook chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="75"/>
        <source>Workbook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="76"/>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="77"/>
        <source>Choose a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="79"/>
        <source>Choose the Excel workbook a colleague filled in. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="122"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="120"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="126"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="128"/>
        <source>Now in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="83"/>
        <source>From the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="82"/>
        <source>Changes the workbook brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="134"/>
        <source>Conflicts: the draft&apos;s text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="135"/>
        <source>In the draft (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="84"/>
        <source>In the workbook (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="85"/>
        <source>Problems in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="147"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="223"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="126"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="297"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="86"/>
        <source>What the workbook would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="338"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="156"/>
        <source>Import the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="364"/>
        <source>Importing %n field(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="374"/>
        <source>Imported: %n field(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="69"/>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="70"/>
        <source>Export the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="74"/>
        <source>Choose what to make and where to save it. The draft is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="99"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="102"/>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="106"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="320"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="116"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="120"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="126"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="130"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="137"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="140"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="324"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="185"/>
        <source>Export as {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="205"/>
        <source>{} exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="219"/>
        <source>Choose the file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="233"/>
        <source>Exporting {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="252"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="267"/>
        <source>Wrote {} (revision {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="269"/>
        <source>Wrote {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="282"/>
        <source>The export failed: {} Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="320"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="379"/>
        <source>No file manager opened; the file is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="276"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="314"/>
        <source>No program on this computer opens {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="87"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="222"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="285"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="295"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="163"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="349"/>
        <source>Conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="296"/>
        <source>Changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="300"/>
        <source>Filled in by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="88"/>
        <source>The workbook does not say who filled it in; the changes will be yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="305"/>
        <source>Exported from this draft at revision {rev}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="89"/>
        <source>Exported from another draft: it fills only fields that are empty here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="143"/>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="272"/>
        <source>How it was read (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="278"/>
        <source>Deleted in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="286"/>
        <source>The workbook empties this field: importing deletes the draft&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="311"/>
        <source>%n field(s) will change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="312"/>
        <source>%n conflict(s) keep the draft&apos;s text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="313"/>
        <source>%n field(s) are the same.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="318"/>
        <source>&amp;Import %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="335"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="378"/>
        <source>Cannot read the file: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="90"/>
        <source>The workbook could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="340"/>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="44"/>
        <source>Which template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="69"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="45"/>
        <source>The &amp;template that comes with PactDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="46"/>
        <source>The template that comes with PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="48"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="61"/>
        <source>The template holds the Commission&apos;s questions and timetable for one reporting cycle. PactDesk comes with the {cycles} template; a later one loads from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="65"/>
        <source>A template &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="66"/>
        <source>A template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="68"/>
        <source>Template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="70"/>
        <source>Browse for a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Choose a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="95"/>
        <source>Template files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="129"/>
        <source>Whose contribution, in which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="130"/>
        <source>You can write in any official language of the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="132"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="135"/>
        <source>Reporting cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="137"/>
        <source>Language of the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="141"/>
        <source>Where to keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="142"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="143"/>
        <source>Choose where to keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="152"/>
        <source>&amp;Member State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="153"/>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="36"/>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="47"/>
        <source>Language of the window</source>
        <extracomment>The languages the window is translated into, each named in its own language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="39"/>
        <source>The language of menus, buttons and messages. Dates and numbers follow it. The language you write a contribution in is chosen for each contribution and does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="49"/>
        <source>The system&apos;s language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="53"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="154"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="57"/>
        <source>The window changes language the next time PactDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="51"/>
        <source>Sign-off authority (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="56"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="112"/>
        <source>Looking for a sign-off CA on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="58"/>
        <source>The sign-off CA of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="62"/>
        <source>Make the ministry&apos;s sign-off CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="65"/>
        <source>Name of the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="66"/>
        <source>e.g. Ministry of the Interior sign-off CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="67"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="71"/>
        <source>Organisation of the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="72"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="77"/>
        <source>&amp;Make the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="78"/>
        <source>Make the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="84"/>
        <source>Give recipients the CA&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="88"/>
        <source>The Commission&apos;s desk officer needs this file to check who signed your bundle. Send it separately from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="95"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="79"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="96"/>
        <source>Where to save the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="101"/>
        <source>&amp;Export the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="102"/>
        <source>Export the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="118"/>
        <source>For issuing and revoking. Leave it empty if the keyring keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="125"/>
        <source>Issue a colleague&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="128"/>
        <source>Their &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="129"/>
        <source>The colleague&apos;s certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="135"/>
        <source>Who the request is from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="138"/>
        <source>Save the &amp;certificate as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="139"/>
        <source>Where to save the issued certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="113"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="119"/>
        <source>Passphrase of the sign-off CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="114"/>
        <source>CA &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="144"/>
        <source>&amp;Issue the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="145"/>
        <source>Issue the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="151"/>
        <source>Revoke a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="154"/>
        <source>Certificate to re&amp;voke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="155"/>
        <source>The certificate to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="160"/>
        <source>Why it is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="162"/>
        <source>The key may be known to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="163"/>
        <source>The person changed post or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="164"/>
        <source>Replaced by a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="165"/>
        <source>The person no longer signs for the ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="166"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="169"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="172"/>
        <source>Revoke the cer&amp;tificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="173"/>
        <source>Revoke the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="181"/>
        <source>Save the &amp;list as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="182"/>
        <source>Where to save the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="183"/>
        <source>Revocation lists (*.crl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="187"/>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="188"/>
        <source>Save the revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="228"/>
        <source>This computer holds no sign-off CA. The coordinator makes one, once, on their own computer; colleagues send their certificate requests to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="235"/>
        <source>This computer holds the sign-off CA &apos;{name}&apos; (valid until {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="245"/>
        <source>Publish the revocation list where the certificates say it is ({url}), and give it to whoever makes the bundle: the bundle carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="258"/>
        <source>Give the CA a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="271"/>
        <source>Making the CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="280"/>
        <source>Made the sign-off CA &apos;{name}&apos; on this computer; its key is kept encrypted. {kept} Now export its certificate for recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="288"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="257"/>
        <source>Nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="295"/>
        <source>Choose where to save the certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="303"/>
        <source>Saving the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="308"/>
        <source>Saved the certificate of &apos;{name}&apos; in {path}. Send it to the recipients separately from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="330"/>
        <source>The request is from {name} ({organisation}, {email}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="347"/>
        <source>Choose the request and where to save the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="351"/>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="362"/>
        <source>Issuing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="375"/>
        <source>Issued a signing certificate for {name} ({organisation}), valid until {date}, in {path}. Send it back to them: they install it under Signing identities → Install a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="390"/>
        <source>Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="397"/>
        <source>Choose the certificate to revoke first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="406"/>
        <source>Revoking the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="414"/>
        <source>Revoked the certificate of {name} ({email}) as of {date}. Its signatures made from now on do not count. Save the revocation list and publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="426"/>
        <source>Nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="431"/>
        <source>Choose where to save the revocation list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="440"/>
        <source>Saving the revocation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="447"/>
        <source>Saved the revocation list in {path}; it is current for {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <source>Keep the draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="190"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>PactDesk drafts (*.pactdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="206"/>
        <source>Please say where to keep the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="216"/>
        <source>There is already a file {name} there; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="224"/>
        <source>The draft could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="248"/>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="36"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="39"/>
        <source>PactDesk records who wrote each change of a contribution. Please tell it who you are; you are asked only once, and can change it later under File › Your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="48"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="68"/>
        <source>ready to sign — issued by {issuer}, valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="71"/>
        <source>waiting for its certificate from the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="81"/>
        <source>New signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="90"/>
        <source>A signing identity is your key for signing off the contribution. It stays on this computer, locked by a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="102"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="38"/>
        <source>Contribution details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="43"/>
        <source>The ministry that sends this contribution and the person the Commission can contact about it. They are printed on the cover of the PDF and signed with the contribution: saving them makes a new version, so sign-offs made before must be made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="58"/>
        <source>Name of the contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="59"/>
        <source>E-mail of the contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>&amp;Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="60"/>
        <source>Telephone of the contact point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="68"/>
        <source>name@ministry.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="69"/>
        <source>+32 2 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="74"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="75"/>
        <source>Save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="104"/>
        <source>This draft is open read-only; the details cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="120"/>
        <source>Nothing to save: the details are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="124"/>
        <source>The details were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="129"/>
        <source>Saving the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="142"/>
        <source>Saved the details (revision {revision}). Any sign-off made before now is outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="103"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="114"/>
        <source>Who issues the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="120"/>
        <source>&amp;CA passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="125"/>
        <source>Save the &amp;request as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="126"/>
        <source>Where to save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="134"/>
        <source>&amp;Make the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="156"/>
        <source>This computer holds the sign-off CA &apos;{ca}&apos;: the certificate is issued at once. Type the CA&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="163"/>
        <source>This computer holds no sign-off CA, so PactDesk saves a certificate request: send it to your coordinator, then install the certificate that comes back (Install a certificate…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="199"/>
        <source>{path} already exists; choose another name for the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="226"/>
        <source>Making the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="242"/>
        <source>Made a signing identity for {name}; its certificate was issued by the CA &apos;{ca}&apos;: ready to sign. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="247"/>
        <source>Made a signing identity for {name}. The certificate request is saved in {path}: send it to your coordinator, then install the certificate that comes back with Install a certificate…. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="269"/>
        <source>Install a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="273"/>
        <source>Choose the certificate file your coordinator sent back for your request. PactDesk finds the identity it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="277"/>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="278"/>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="281"/>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="282"/>
        <source>Choose the certificate file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="283"/>
        <source>Installing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="293"/>
        <source>Installed the certificate of {name} (issued by {issuer}): ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="284"/>
        <source>Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="307"/>
        <source>Import a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="313"/>
        <source>Choose the .p12 (or .pfx) file your ministry gave you. Its password becomes the passphrase of the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="321"/>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="322"/>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="328"/>
        <source>Password of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="329"/>
        <source>&amp;Password of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="351"/>
        <source>Choose the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="360"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="368"/>
        <source>Imported {name} ({organisation}): ready to sign. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="377"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="385"/>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="398"/>
        <source>Signing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="390"/>
        <source>Reading the identities on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="392"/>
        <source>Signing identities on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="396"/>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="408"/>
        <source>&amp;New identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="409"/>
        <source>&amp;Import from a .p12 file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="410"/>
        <source>Install a &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="411"/>
        <source>Save the certificate &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="450"/>
        <source>There is no signing identity on this computer yet. Make one (New identity…) or import the one your ministry gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="457"/>
        <source>%n signing identity(ies) on this computer; ready to sign: {ready}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="487"/>
        <source>Save the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/identities_dialog.py" line="499"/>
        <source>Saved {name}&apos;s certificate request in {path}: send it to your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="49"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="84"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="85"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="93"/>
        <source>political assessment, area {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="102"/>
        <source>Assign items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="105"/>
        <source>Items to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="117"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="121"/>
        <source>&amp;Items (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="122"/>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="123"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>&amp;Ministry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="140"/>
        <source>Tick at least one item and say whom it is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="150"/>
        <source>Send items to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="153"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="157"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="159"/>
        <source>Encrypt to these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="160"/>
        <source>optional: recipients&apos; certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="162"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="164"/>
        <source>&amp;Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="168"/>
        <source>&amp;Encrypt to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="178"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <source>Exchange packages (*.pdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Recipients&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="185"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="196"/>
        <source>Choose the assignee and the package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="205"/>
        <source>A certificate file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="218"/>
        <source>Who owes what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="221"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="227"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="234"/>
        <source>{a} of {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="254"/>
        <source>Send your answers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="283"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="101"/>
        <source>Return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="259"/>
        <source>Sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="260"/>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="268"/>
        <source>Passphrase of the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="271"/>
        <source>&amp;Return file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="274"/>
        <source>&amp;Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="293"/>
        <source>Choose where to save the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="57"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="119"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="224"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member &amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="141"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="65"/>
        <source>&amp;File</source>
        <extracomment>What an item needs before it can be used. The menu bar, in order: (id, title with its mnemonic).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="77"/>
        <location filename="../../pactdesk/ui/views/welcome.py" line="82"/>
        <source>&amp;New contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="79"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="81"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="83"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="85"/>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="96"/>
        <source>Your &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="100"/>
        <source>&amp;Close draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="103"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="94"/>
        <source>Compare contri&amp;butions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="66"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="69"/>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="82"/>
        <source>Open the fictional e&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="87"/>
        <source>Import Wor&amp;d document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="89"/>
        <source>Contribution de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="98"/>
        <source>Where drafts are &amp;kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="105"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="107"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="108"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="109"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="110"/>
        <source>&amp;Find in the contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="113"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="115"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="122"/>
        <source>C&amp;omment on the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="123"/>
        <source>Comment on the words selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="142"/>
        <source>Go to the co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="150"/>
        <source>Sign-off &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="152"/>
        <source>Signing &amp;identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="154"/>
        <source>Sign-off &amp;authority (CA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="156"/>
        <source>Send a sign-off re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="158"/>
        <source>Sign a &amp;colleague&apos;s request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="160"/>
        <source>&amp;Take in a signed answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="162"/>
        <source>Make the submission &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="167"/>
        <source>&amp;Assign items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="169"/>
        <source>&amp;Who owes what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="171"/>
        <source>&amp;Send items to a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="173"/>
        <source>&amp;Merge a colleague&apos;s return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="175"/>
        <source>Resolve open &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Send your answers &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="179"/>
        <source>Comments and re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Co&amp;mments panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="186"/>
        <source>&amp;Language of the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="191"/>
        <source>Copy &amp;diagnostic information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="192"/>
        <source>Version, platform, libraries, folders and the last lines of the log, for your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="202"/>
        <source>In the find box: next / previous match, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="203"/>
        <source>Enter / Shift+Enter, Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>In a table: next cell, tick “harmonised”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="205"/>
        <source>Tab, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Open a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="207"/>
        <source>Alt and the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="348"/>
        <source>the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="67"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="91"/>
        <source>Copy the &amp;working copy back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="117"/>
        <source>Add a &amp;data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="119"/>
        <source>Add a r&amp;eference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="126"/>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="128"/>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="130"/>
        <source>Next &amp;unanswered question of the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="132"/>
        <source>Next &amp;empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="134"/>
        <source>Go to the c&amp;ontents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="138"/>
        <source>Go to the &amp;checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="140"/>
        <source>Go to the &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="68"/>
        <source>&amp;Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="145"/>
        <source>&amp;Sign this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="165"/>
        <source>&amp;Verify a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="70"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="136"/>
        <source>Go to the e&amp;ditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="147"/>
        <source>Show sign-&amp;offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>&amp;Checks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>&amp;History panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="185"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="71"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="194"/>
        <source>&amp;About PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="76"/>
        <source>PactDesk cannot open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="96"/>
        <source>{state} — contribution for the {cycle} cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="106"/>
        <source>&amp;Open for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="114"/>
        <source>FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. It is not the position of any Member State; the Member State it names is only a placeholder. Change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="123"/>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="156"/>
        <source>The draft is still open in the other PactDesk; it stays read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="166"/>
        <source>Your last changes are still being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="167"/>
        <source>PactDesk could not finish saving; the draft stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="209"/>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="210"/>
        <source>PactDesk could not save your latest changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="213"/>
        <source>If you close now, what you typed since the last save is lost. Keep the window open while you free some disk space or reconnect the drive; PactDesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="217"/>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="219"/>
        <source>Close and lose the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="80"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="232"/>
        <source>Open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="40"/>
        <source>This draft is open in another PactDesk, on this or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="42"/>
        <source>This draft is open in another PactDesk window on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="44"/>
        <source>{user} has this draft open in another PactDesk, on the computer “{computer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="47"/>
        <location filename="../../pactdesk/ui/window/drafts.py" line="103"/>
        <source>Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="51"/>
        <source>You can read it here; to change it, close it there, then press “Open for editing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="28"/>
        <source>This is a local working copy of {original}. When you are done, copy it back (File › Copy the working copy back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="31"/>
        <location filename="../../pactdesk/ui/window/location.py" line="99"/>
        <source>Copy &amp;back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="35"/>
        <source>in {name}, a synchronised folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="37"/>
        <source>on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="41"/>
        <source>This draft is kept {where}. Locking the file there is not reliable, so two people could overwrite each other&apos;s work. Work on a local copy on this computer and copy it back when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="45"/>
        <source>Work on a &amp;local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="69"/>
        <source>The local copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="76"/>
        <source>You are working on a local copy; the draft on the share is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="92"/>
        <source>The working copy was not copied back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="94"/>
        <source>Copied back to {original} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="98"/>
        <source>You can go on here and copy back again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="107"/>
        <source>Where to keep drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/location.py" line="113"/>
        <source>New drafts are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="245"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/drafts.py" line="251"/>
        <source>The example could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="29"/>
        <source>Side panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="76"/>
        <source>Checks: political assessment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/panels.py" line="78"/>
        <source>Checks: commitment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="20"/>
        <source>Read-only: nothing you see here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="23"/>
        <source>Not saved yet — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="26"/>
        <source>Your latest changes could not be saved: {error}. PactDesk keeps them and tries again every few seconds; do not close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="33"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="36"/>
        <source>All changes saved ({time}). Revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/status.py" line="42"/>
        <source>Everything you type is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="39"/>
        <source>Every question of the Commission has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/go_and_find.py" line="41"/>
        <source>Every field has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="92"/>
        <source>%n field(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/window/dialogs.py" line="94"/>
        <source>%n conflict(s) kept the draft&apos;s text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="97"/>
        <source>Workbook imported: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="100"/>
        <source>Changed: {fields}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="158"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="160"/>
        <location filename="../../pactdesk/ui/window/dialogs.py" line="127"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="38"/>
        <source>Diagnostic information copied: paste it into your message to IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="53"/>
        <source>PactDesk — write, check, sign off and submit a Member State&apos;s contribution on the European Pact on Immigration and Asylum{source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Next / previous field on the page</source>
        <extracomment>Keys that belong to no menu item (Qt&apos;s own behaviour of a control), for the help.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="200"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="111"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="41"/>
        <source>Find in the whole contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Leave a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="206"/>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/window/help.py" line="51"/>
        <source>About PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="66"/>
        <source>Part I</source>
        <extracomment>A custom role: the page key of a row (&quot;political/I&quot;, &quot;commitment/I.a&quot;), or &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="70"/>
        <source>Part II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="226"/>
        <source>{area}. {title}</source>
        <extracomment>pages a contributor&apos;s draft holds read-only (not sent to them): shown, marked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="229"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="231"/>
        <source>{answered}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="238"/>
        <source>1 question of the Commission unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="240"/>
        <source>{n} questions of the Commission unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="243"/>
        <source>read-only, not sent to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/models/navigator.py" line="246"/>
        <source>%n open comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="249"/>
        <source>Commitment {id}, {title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="253"/>
        <source>Political assessment {id}, {title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="280"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="282"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="283"/>
        <source>{answered} of {total} fields answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="71"/>
        <source>Compare contributions — PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="86"/>
        <source>Add a &amp;folder of bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="88"/>
        <source>Add &amp;bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="90"/>
        <source>&amp;Trust folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="92"/>
        <source>A folder with each ministry&apos;s CA certificate as XX.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="95"/>
        <source>Trust a CA for &amp;every Member State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="97"/>
        <source>&amp;Save the comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="113"/>
        <source>Trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="119"/>
        <source>Progress of the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="120"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="123"/>
        <source>Drop bundles or a folder here, or add them with the buttons above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="126"/>
        <source>State of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="134"/>
        <source>&amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="135"/>
        <source>&amp;Political assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="136"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="137"/>
        <source>B&amp;undles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="148"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="150"/>
        <source>Policy area shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="151"/>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="155"/>
        <source>Only &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="158"/>
        <source>Commitments where a Member State left an answer or a request of the Commission open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="162"/>
        <source>Only &amp;changed in the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="168"/>
        <source>Side by &amp;side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="170"/>
        <source>The answers of the Member States selected in a row, side by side (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="181"/>
        <source>Commitments by Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="192"/>
        <source>Each cell: ✓ both answers given (✗ not) · words (w) · requests of the Commission answered/asked · data points (d) · Δ changed in the January update. Orange: changed by the update; red: not answered; yellow: a request left open. Enter or a double click shows the Member States selected in a row side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="210"/>
        <source>Policy &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="212"/>
        <source>Policy area of the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="216"/>
        <source>Show the assessments side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="231"/>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="233"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="166"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="235"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="237"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="167"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="247"/>
        <source>Data across Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="264"/>
        <source>The bundles: included, replaced, rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="280"/>
        <source>No CA is trusted yet: choose the trust folder (XX.pem per Member State).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="294"/>
        <source>Trusted: {n} ministry CAs, each for its own Member State only ({states})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="298"/>
        <source>{file} is trusted for EVERY Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="305"/>
        <source>The folder of trusted CAs (XX.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="314"/>
        <source>A CA certificate to trust for every Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="316"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="324"/>
        <source>A folder of bundles (*.asice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="330"/>
        <source>Bundles (*.asice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="358"/>
        <source>Choose whom to trust first: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="372"/>
        <source>Verifying the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="398"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="402"/>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="441"/>
        <source>Languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="444"/>
        <source>Rejected: {names} (see Bundles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="522"/>
        <source>Save the comparison into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="533"/>
        <source>Save the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="534"/>
        <source>That folder holds the bundles; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/window.py" line="545"/>
        <source>Saved: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="168"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="169"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="170"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="171"/>
        <source>Comparability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Harmonised</source>
        <extracomment>The framework&apos;s rules for data (the period a new row starts with); set by the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="187"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="221"/>
        <source>Not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="226"/>
        <source>Tick only for data collected to harmonised standards (e.g. Eurostat). National data is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="271"/>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="20"/>
        <source>&amp;Findings for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="24"/>
        <source>Findings for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="62"/>
        <source>The file {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="66"/>
        <source>The file cannot be read: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="67"/>
        <source>The bundle could not be checked: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="157"/>
        <source>Verify a submission bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="166"/>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="168"/>
        <source>The .asice file you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="169"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="282"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="171"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="172"/>
        <source>Choose the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="180"/>
        <source>&amp;Trusted CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="182"/>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="186"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="187"/>
        <source>Add a trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="189"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="190"/>
        <source>Remove the selected CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="200"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="201"/>
        <source>Verify the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="206"/>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="214"/>
        <source>Choose a bundle, then press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="216"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="227"/>
        <source>About the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="232"/>
        <source>What the result means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="235"/>
        <source>&amp;Signatures, in the order they were made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="239"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="241"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="242"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="243"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="244"/>
        <source>Signed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="245"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="248"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="266"/>
        <source>Details of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="290"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="292"/>
        <source>Submission bundles (*.asice *.sce *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="301"/>
        <source>Choose CA certificates you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="303"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="326"/>
        <source>Choose a bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="332"/>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="41"/>
        <location filename="../../pactdesk/ui/views/header.py" line="136"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="387"/>
        <source>Contribution of {} for the {} cycle, in {}, revision {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="393"/>
        <source>It replaces the bundle with SHA-256 {}….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="396"/>
        <source>The PDF carries {}&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="80"/>
        <source>(no role named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="84"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="85"/>
        <source>an unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="94"/>
        <source>This file is a preview, made by the Member State to check the contribution before submitting it. Nobody signed it for submission, so it is not a contribution the Commission can accept: ask for the signed bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="106"/>
        <source>Part of the bundle was changed after it was signed by {who}: what is in it now is not what was signed. Ask the sender for a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="113"/>
        <source>The signature of {who} does not check out: the file was damaged or altered after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="120"/>
        <source>The certificate of {who} does not come from a CA you trust, or cannot be used for this signature (expired, or not meant for signing). Check that you added the ministry&apos;s CA certificate the Member State sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="128"/>
        <source>The file is not a sound submission bundle, so it cannot be relied on. Ask the sender for the bundle again; the technical details say what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="135"/>
        <source>Nothing in the bundle changed since it was signed, and every signature comes from a certificate of a CA you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="142"/>
        <source>Nothing in the bundle changed since it was signed, but who signed it was not checked: add the ministry&apos;s CA certificate (sent to you separately) under Trusted CA certificates and verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="263"/>
        <source>Show the technical details of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="405"/>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="406"/>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="407"/>
        <source>NOT trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="418"/>
        <source>Why it is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="424"/>
        <source>(add the ministry&apos;s CA certificate under Trusted CA certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="430"/>
        <source>SHA-256 of the bundle: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="48"/>
        <source>To look at: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="58"/>
        <source>Nothing to fix on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="66"/>
        <source>%n problem(s) to fix before submission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="68"/>
        <source>%n point(s) to look at.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="69"/>
        <source>Press Enter on a finding to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/editor.py" line="160"/>
        <source>Contents of the contribution</source>
        <extracomment>How long typing must pause before the whole contribution is checked again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>answered</source>
        <extracomment>Roles beyond Qt&apos;s: what tests and the filter read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="137"/>
        <source>NOT answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="138"/>
        <location filename="../../pactdesk/ui/views/fields.py" line="158"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="130"/>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="142"/>
        <source>{a} of {t} requests of the Commission answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="146"/>
        <source>{n} data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="148"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="49"/>
        <source>changed in the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="162"/>
        <source>{code}, written in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="39"/>
        <source>Fi&amp;nd in the whole contribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="42"/>
        <source>Words in any answer, prompt, data point or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="45"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="49"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="116"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="50"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="52"/>
        <source>Previous match ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="59"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="114"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="60"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="62"/>
        <source>Next match ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="69"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="70"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="105"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="108"/>
        <source>{n} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="111"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="44"/>
        <source>This template sets no deadline for Member States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="48"/>
        <source>Every Member State deadline of the {cycle} cycle has passed; the last was {date} ({wording}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="60"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="62"/>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="64"/>
        <source>{n} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="66"/>
        <source>Next deadline: {date} ({wording}) — {what} {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="101"/>
        <source>Completeness of the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="141"/>
        <source>{percent} complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/header.py" line="144"/>
        <source>{answered} of {total} fields answered · {errors} to fix · {warnings} to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="156"/>
        <source>What the Annex asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="165"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="195"/>
        <source>The Pact&apos;s main commitment for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="189"/>
        <source>Part I · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="191"/>
        <source>{id}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="200"/>
        <source>Political assessment: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="207"/>
        <source>Your Member State&apos;s political assessment of progress since the Pact was adopted in October 2008, for this policy area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="216"/>
        <source>Part II for this area so far: {complete} of {n} commitments complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="221"/>
        <source>1 question of the Commission is still unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="223"/>
        <source>{n} questions of the Commission are still unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="237"/>
        <source>The Commission also asks: the effect of the economic crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="238"/>
        <source>The Commission also asks for data and trends — if available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="239"/>
        <source>The Commission also asks you to report on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="300"/>
        <source>Request {n} of {count} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="308"/>
        <source>Answer in words here, and enter the figures in the data table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="316"/>
        <source>Partly reconstructed: these are not all the Commission&apos;s own words. Where the text came from: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="338"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="428"/>
        <source>The Pact&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="349"/>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="357"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="362"/>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="359"/>
        <source>Add data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="387"/>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="484"/>
        <source>Data and trends for {periods}. {rule} Leave “Comparability” unticked and it is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="488"/>
        <source>Data and trends for {periods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="361"/>
        <source>Remove data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="74"/>
        <source>Read-only: this item was not sent to you. The coordinator writes it; you can read it here but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="128"/>
        <source>{caption} — original text, {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="382"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="390"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="384"/>
        <source>Point to where this is already reported instead of repeating it, e.g. a section of the EMN annual policy report, a Eurostat table or a fund&apos;s annual report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="389"/>
        <source>Remove reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="425"/>
        <source>Part II · {id}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="426"/>
        <source>Commitment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="438"/>
        <source>For this commitment the Commission also asks a question. Please answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="441"/>
        <source>For this commitment the Commission also asks {n} questions. Please answer each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="471"/>
        <source>Data points — the Annex asks for data here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="489"/>
        <source>the period asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="492"/>
        <source>Data points (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="494"/>
        <source>Figures that support your answers. Data that is not harmonised is marked “not comparable”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="33"/>
        <source>Welcome to PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="36"/>
        <source>PactDesk helps your ministry write your Member State&apos;s annual contribution on the European Pact on Immigration and Asylum, following the Commission&apos;s template for the Member States&apos; contributions — and get it checked, signed off and submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="52"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="58"/>
        <source>Part I: write a short political assessment for each of the Pact&apos;s five policy areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="62"/>
        <source>Part II: for each commitment of the Pact, describe the main actions undertaken and the most significant developments planned, and answer the Commission&apos;s extra questions — they are shown as orange cards so that none is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="68"/>
        <source>Everything you type is saved as you type. There is no Save button, and nothing is lost if the computer stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="72"/>
        <source>The checks on the right tell you what is still missing before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="83"/>
        <source>&amp;Open a draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="84"/>
        <source>Look at a &amp;fictional example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="96"/>
        <source>The example is an invented contribution, clearly marked as fictional, that you can change freely to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="105"/>
        <source>&amp;Recent drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="108"/>
        <source>Recent drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="109"/>
        <source>One click opens a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="119"/>
        <source>No draft opened yet on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="113"/>
        <source>{id} — question “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="122"/>
        <source>imported from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="125"/>
        <source>merged from the return {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="135"/>
        <source>rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="139"/>
        <source>written ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="141"/>
        <source>emptied ({words} removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="144"/>
        <source>{words} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="146"/>
        <source>{words} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="147"/>
        <source>edited, same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="153"/>
        <source>C&amp;hanges to this item, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="158"/>
        <source>Changes to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="162"/>
        <source>Every change is kept in the draft&apos;s history, chained so that an altered history shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="180"/>
        <source>{when} · {author}{source}
{field}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="193"/>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="115"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="117"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="187"/>
        <source>Sign off the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="121"/>
        <source>Loading the content to sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="123"/>
        <source>What you are signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="144"/>
        <source>The contribution you are signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="98"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="99"/>
        <source>Signing &amp;identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="168"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="184"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="240"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="169"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="185"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="102"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="275"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="103"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="108"/>
        <source>Where the passphrase comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="78"/>
        <source>Re&amp;member the passphrase in the operating system&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="79"/>
        <source>Remember the passphrase in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="60"/>
        <source>… and {count} more (see Checks).</source>
        <extracomment>How many errors the warning names before &quot;… and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="62"/>
        <source>This version still has 1 error; it cannot be submitted until it is corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="65"/>
        <source>This version still has {count} errors; it cannot be submitted until they are corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="75"/>
        <source>Every required sign-off holds: the contribution can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="78"/>
        <source>1 validation error to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="80"/>
        <source>{count} validation errors to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="81"/>
        <source>a sign-off as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="82"/>
        <source>a new sign-off as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="83"/>
        <source>Before submission: {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="131"/>
        <source>Revision and how much is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="135"/>
        <source>Errors in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="148"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="162"/>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="321"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="261"/>
        <source>Technical &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="164"/>
        <source>Show the technical details of what is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="154"/>
        <source>Content digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="175"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="197"/>
        <source>I have &amp;read the contribution above and sign it off in the chosen role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="177"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="199"/>
        <source>I have read the contribution and sign it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="182"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="190"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="203"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="192"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="227"/>
        <source>There is no signing identity with a certificate on this computer. Make one first: Sign-off → Signing identities → New identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="238"/>
        <source>Revision {revision} · {answered} of {total} fields answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="244"/>
        <source>What is signed is the contribution&apos;s exact content (its canonical JSON) at revision {revision}; SHA-256 {digest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="330"/>
        <source>This version still has 1 error (shown above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="332"/>
        <source>This version still has {count} errors (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="337"/>
        <source>Press Sign anyway to sign it as it is, or Cancel to correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="339"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="378"/>
        <source>Sign &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="340"/>
        <source>Sign anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="365"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="367"/>
        <source>Signed. {name} signed off revision {revision} as {role}. {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="380"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="355"/>
        <source>Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="48"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="257"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="265"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="66"/>
        <source>Sign-off roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="72"/>
        <source>Who signs off this contribution before it is submitted, in the order they sign. A required role must hold a sign-off of the current version; an optional one may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="80"/>
        <source>Sign-off roles, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="84"/>
        <source>Make &amp;required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="85"/>
        <source>Make &amp;optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="86"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="88"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="89"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="92"/>
        <source>Sign sooner (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="93"/>
        <source>Sign later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="104"/>
        <source>Moves the role one place sooner (Ctrl+Up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="105"/>
        <source>Moves the role one place later (Ctrl+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="109"/>
        <source>&amp;New role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="111"/>
        <source>Name of the new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="112"/>
        <source>e.g. head-of-unit, director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="114"/>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="116"/>
        <source>The new role is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="117"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="118"/>
        <source>Add the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="124"/>
        <source>Role names: small letters, digits and hyphens, such as director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="128"/>
        <source>Signature &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="130"/>
        <source>CAdES (the default: .p7s signatures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="131"/>
        <source>XAdES (signatures*.xml, which DigiDoc4 checks offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="132"/>
        <source>Signature form of the sign-offs and the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="140"/>
        <source>Chosen before the first sign-off: every sign-off and the submission bundle are signed in this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="192"/>
        <source>Changing the signature form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="205"/>
        <source>The sign-offs and the bundle will be signed in the {form} form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="248"/>
        <source>Changing the roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/details_dialog.py" line="149"/>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="265"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="270"/>
        <source>Type the name of the new role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="273"/>
        <source>There is already a role {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="278"/>
        <source>Added the required role {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="281"/>
        <source>Added the optional role {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="289"/>
        <source>{name} is now required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="291"/>
        <source>{name} is now optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="293"/>
        <source>Removed the role {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/roles_dialog.py" line="301"/>
        <source>{name} now signs in place {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="263"/>
        <source>{role} — signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="273"/>
        <source>Every role of this contribution is already signed at this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="170"/>
        <source>There is no signing identity with a certificate on this computer yet: make one under Sign-off → Signing identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="177"/>
        <source>No secure keyring is usable on this computer, so the passphrase is not remembered: type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="184"/>
        <source>The passphrase is kept in the operating system&apos;s keyring; leave the field empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="189"/>
        <source>Type the passphrase of this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="216"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="217"/>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="220"/>
        <source>The new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="221"/>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="226"/>
        <source>About the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="238"/>
        <source>A passphrase must have at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="242"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="247"/>
        <source>Nobody can open the key without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="283"/>
        <source>Choose: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="317"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="323"/>
        <source>Show the technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="325"/>
        <source>Show the file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/signing_widgets.py" line="333"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="355"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="330"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="59"/>
        <source>Nothing stands in the way of submission: the bundle can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="60"/>
        <source>Before this version can be submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="63"/>
        <source>1 validation error must be corrected (see Checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="67"/>
        <source>{count} validation errors must be corrected (see Checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="70"/>
        <source>the draft&apos;s history does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="72"/>
        <source>a sign-off as {role} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="76"/>
        <source>the sign-off as {role} is outdated: the contribution changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="122"/>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="133"/>
        <source>{name} signed revision {revision} as {role}; the contribution has not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="136"/>
        <source>Outdated: {problem}. It must be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="162"/>
        <source>Reading the sign-offs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="164"/>
        <source>Sign-off state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="169"/>
        <source>What still stands in the way of submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="175"/>
        <source>Sign-offs of this contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="186"/>
        <source>Sign &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="218"/>
        <source>Every required sign-off holds at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="224"/>
        <source>{role} (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="227"/>
        <source>Revision {revision} still needs a sign-off as: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="234"/>
        <source>1 earlier sign-off no longer holds: the contribution changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="238"/>
        <source>{count} earlier sign-offs no longer hold: the contribution changed after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="246"/>
        <source>The sign-offs could not be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="26"/>
        <source>Chart of the data across Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="39"/>
        <source>{title}: {n} Member States, {c} harmonised, {x} not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="54"/>
        <source>Choose an indicator and a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="58"/>
        <location filename="../../pactdesk/ui/compare/chart.py" line="59"/>
        <location filename="../../pactdesk/ui/compare/models.py" line="247"/>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="211"/>
        <source>harmonised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/chart.py" line="62"/>
        <source>not comparable (not harmonised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="77"/>
        <source>{id}: the answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="90"/>
        <source>Political assessments of area {id} side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="100"/>
        <source>What the Commission asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="107"/>
        <source>&amp;Member States shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="109"/>
        <source>Member States shown side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/compare/side_by_side.py" line="161"/>
        <source>{state}, in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="95"/>
        <source>Merge a colleague&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="100"/>
        <source>No return chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="102"/>
        <source>Return &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="105"/>
        <source>Choose a return package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="114"/>
        <source>Choose the package (.pdx) a colleague sent back. PactDesk shows every change it brings before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="124"/>
        <source>What the return would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="125"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="182"/>
        <source>Incoming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="130"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="132"/>
        <source>Merge the accepted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="150"/>
        <source>Resolve open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="155"/>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="156"/>
        <source>Resolve the conflicts as decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="165"/>
        <source>%n open conflict(s): this draft&apos;s text stays until you decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="167"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Incoming c&amp;hanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="189"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="190"/>
        <source>Accept this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="191"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="192"/>
        <source>Reject this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="193"/>
        <source>Accept a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="194"/>
        <source>Accept every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="195"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="196"/>
        <source>Reject every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="213"/>
        <source>The change, old to new: deleted words struck through, inserted words underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="226"/>
        <source>Conflicts: fields both sides changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="228"/>
        <source>C&amp;onflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="233"/>
        <source>&amp;Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="234"/>
        <source>Keep this draft&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="235"/>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="236"/>
        <source>Take the return&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="237"/>
        <source>&amp;Use merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="238"/>
        <source>Use the merged text as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="250"/>
        <source>This draft (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="251"/>
        <source>The return (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="252"/>
        <source>Merged te&amp;xt (you can edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Merge a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="274"/>
        <source>Exchange packages (*.pdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="315"/>
        <source>Open the encrypted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="316"/>
        <source>Passphrase of {name}&apos;s identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="348"/>
        <source>Incoming changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="351"/>
        <source>This return was already merged on {when}; merging it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="357"/>
        <source>%n incoming change(s);</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="359"/>
        <source>%n conflict(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="362"/>
        <source>The return is {sender}. {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="380"/>
        <source>The return could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>merged word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="387"/>
        <source>from the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="388"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Ours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Theirs taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="393"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="394"/>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="452"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="489"/>
        <source>Merged: %n field(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="35"/>
        <source>Show the items &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="127"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="66"/>
        <location filename="../../pactdesk/services/verify_messages.py" line="90"/>
        <source>{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="67"/>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="68"/>
        <source>{label} could not be checked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="71"/>
        <source>this is a PREVIEW bundle: nothing in it is signed for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="75"/>
        <source>the file is not an ASiC-E container (its mimetype is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="78"/>
        <source>the bundle holds a file a bundle does not have: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="80"/>
        <source>the bundle lacks {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="81"/>
        <source>the bundle holds no signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="84"/>
        <source>the bundle mixes CAdES and XAdES signatures; a bundle is all of one form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="88"/>
        <source>META-INF/manifest.xml does not list the bundle&apos;s files as PactDesk writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="91"/>
        <source>contribution.json cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="94"/>
        <source>{manifest} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="97"/>
        <source>{manifest} cannot be read: it is not a sound manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="101"/>
        <source>{manifest} names the signature {named}, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="104"/>
        <source>{manifest} names {name}, which is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="108"/>
        <source>{name} does not match its digest in {manifest} (it was changed after signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="110"/>
        <source>the signature {signature} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="112"/>
        <source>{signature} has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="116"/>
        <source>{signature}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="118"/>
        <source>{signature}: the signature cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="122"/>
        <source>{signature}: the signer&apos;s certificate is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="126"/>
        <source>{signature}: the signed content does not match the signature (digest mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="130"/>
        <source>{signature}: the signature value does not verify with the signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="135"/>
        <source>{signature}: the signing-certificate-v2 attribute is missing or names another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="140"/>
        <source>{signature}: the signature is not in DER encoding</source>
        <extracomment>:func:`pactdesk.signing.cades.cms_structure_problems` ids -&gt; sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="142"/>
        <source>{signature}: the signature is not a readable CMS object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="146"/>
        <source>{signature}: the signature has an unexpected SignedData version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="149"/>
        <source>{signature}: the signature has more than one signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="153"/>
        <source>{signature}: the signature&apos;s digest algorithms do not match its signer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="156"/>
        <source>{signature}: the signature is not over plain data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="160"/>
        <source>{signature}: the signature carries revocation lists PactDesk does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="164"/>
        <source>{signature}: the signer&apos;s SignerInfo has an unexpected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="168"/>
        <source>{signature}: the signature carries unsigned attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="172"/>
        <source>{signature}: the signature does not carry its signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="176"/>
        <source>{signature}: a CA certificate in the signature is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="180"/>
        <source>{signature}: the signature carries a certificate unrelated to its signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="186"/>
        <source>the last manifest is not the submitter&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="190"/>
        <source>{name} is not signed by the submitter&apos;s final manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="192"/>
        <source>the bundle carries no sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="193"/>
        <source>sign-off {number} is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="195"/>
        <source>{manifest} is a submission, not a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="197"/>
        <source>{manifest} is not a PactDesk sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="198"/>
        <source>{manifest} says it is sign-off {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="201"/>
        <source>{manifest} signs another Member State&apos;s or cycle&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="204"/>
        <source>{manifest} does not sign contribution.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="208"/>
        <source>the first sign-off {manifest} names an earlier signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="213"/>
        <source>{manifest} does not name the sign-off before it ({previous}): the order was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="218"/>
        <source>sign-off {number} names another history than the contribution&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="223"/>
        <source>sign-off {number} is for revision {signed}, the contribution is revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="228"/>
        <source>the submitter&apos;s manifest names another revision than the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="233"/>
        <source>contribution.pdf cannot be read as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="235"/>
        <location filename="../../pactdesk/services/verify_messages.py" line="239"/>
        <source>contribution.pdf carries no signature over the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="241"/>
        <source>contribution.pdf&apos;s signature cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="243"/>
        <source>contribution.pdf&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="248"/>
        <source>contribution.pdf was signed by someone other than the submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="255"/>
        <source>{who}&apos;s certificate was not issued by a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="260"/>
        <source>{who}&apos;s certificate was issued with a certificate that is not a CA&apos;s (a person&apos;s own certificate cannot issue others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="267"/>
        <source>{who}&apos;s certificate was issued by a CA certificate that is not allowed to sign certificates (no keyCertSign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="274"/>
        <source>{who}&apos;s certificate is more CA steps away from the trusted CA than that CA allows (its path length limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="281"/>
        <source>{who}&apos;s certificate path holds a certificate with a critical extension PactDesk does not know, so it cannot be relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="288"/>
        <source>{who}&apos;s certificate path holds a certificate that had expired when the signature says it was made ({at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="295"/>
        <source>{who}&apos;s certificate path holds a certificate that was not yet valid when the signature says it was made ({at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="302"/>
        <source>{who}&apos;s certificate is not allowed to sign documents (no digitalSignature or nonRepudiation key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="309"/>
        <source>{who}&apos;s certificate chains to a trusted certificate that is not a CA certificate allowed to sign certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="315"/>
        <source>{who}&apos;s certificate path uses an algorithm too weak to rely on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="319"/>
        <source>{who}&apos;s certificate chain cannot be read or does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="327"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), before the signature says it was made ({at}): the signature does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="334"/>
        <source>{who}&apos;s certificate was revoked on {revoked} ({reason}), after the signature says it was made ({at}); the signature still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="341"/>
        <source>Revocation was checked with {name}, the revocation list &apos;{issuer}&apos; issued on {date}: it shows what that CA had revoked by then, nothing later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="347"/>
        <source>{name} is not a revocation list signed by a trusted CA; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="351"/>
        <source>{name} is not a revocation list; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="355"/>
        <source>changes.json cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="358"/>
        <source>the bundle carries changes.json but names no bundle it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="362"/>
        <source>changes.json and the submitter&apos;s manifest name different bundles replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="366"/>
        <source>the bundle names a bundle it replaces but carries no changes.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="373"/>
        <source>The signers&apos; identities were not checked: no trusted CA certificate was given (use --trust CA.pem). Anyone can make a certificate with any name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="380"/>
        <source>The signing times are what each signer&apos;s computer said; no trusted time-stamp proves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_messages.py" line="386"/>
        <source>Revocation is known only from a revocation list: nothing a CA revoked after the list&apos;s date shows, and a bundle&apos;s own list is as current as the submitter made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="57"/>
        <source>Make the submission bundle</source>
        <extracomment>How many reasons the refusal names in its message (all are in the details).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="63"/>
        <source>The bundle is the file you submit to the Commission: the contribution as JSON, workbook and PDF, every sign-off, and your signature as submitter. It can be made once every required sign-off holds and no error remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="72"/>
        <source>Where to save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="80"/>
        <source>Only a &amp;preview to check (unsigned, marked PREVIEW; it cannot be submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="82"/>
        <source>Only a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="84"/>
        <source>This &amp;replaces an earlier submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="85"/>
        <source>This replaces an earlier submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="88"/>
        <source>The &amp;earlier bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="89"/>
        <source>The earlier bundle this one replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="93"/>
        <source>Submitted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="97"/>
        <source>Progress of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="105"/>
        <source>&amp;Make the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="107"/>
        <source>Make the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="109"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="110"/>
        <source>Stop making the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="168"/>
        <source>Making the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="201"/>
        <source>Made a PREVIEW in {path}: unsigned and marked PREVIEW, to check the contribution; it cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="206"/>
        <source>Made the submission bundle in {path}: revision {revision}, %n sign-off(s) and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="213"/>
        <source>It replaces the earlier submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="219"/>
        <source>Stopped; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="225"/>
        <source>… and {count} more (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="228"/>
        <location filename="../../pactdesk/ui/dialogs/bundle_dialog.py" line="230"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="36"/>
        <source>Import a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="37"/>
        <source>No document chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="38"/>
        <location filename="../../pactdesk/services/formats.py" line="129"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="39"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="40"/>
        <source>Choose a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="42"/>
        <source>Choose the Word document a colleague filled in — one PactDesk exported, or the Commission&apos;s template filled in by hand. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="46"/>
        <source>Changes the document brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="47"/>
        <source>From the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="48"/>
        <source>In the document (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="49"/>
        <source>Problems in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="50"/>
        <source>What the document would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="51"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="52"/>
        <source>The document does not say who saved it; the changes will be yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="53"/>
        <source>Not exported from this draft: it fills only fields that are empty here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="54"/>
        <source>The document could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="62"/>
        <source>Read with the changes &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="63"/>
        <source>Read with the changes &amp;rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_word_dialog.py" line="105"/>
        <source>This document still has %n tracked change(s), listed under Problems. Read it with them accepted or rejected?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="65"/>
        <source>Send a sign-off request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="71"/>
        <source>The request holds exactly this version of the contribution and a PDF to read. Send it to the colleague who signs off on their own computer; they send back a signed answer, which you take in with Take in a signed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="80"/>
        <source>Where to save the sign-off request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="92"/>
        <source>&amp;Save the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="99"/>
        <source>Choose where to save the request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="109"/>
        <source>Making the request (with its PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="121"/>
        <source>Saved the sign-off request for revision {revision} in {path}. Send it to the colleague who signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/authority_dialog.py" line="456"/>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="129"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="142"/>
        <source>Sign a colleague&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="147"/>
        <source>The &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="148"/>
        <source>The sign-off request you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="152"/>
        <source>Choose the sign-off request you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="154"/>
        <source>What the request asks you to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="160"/>
        <source>The contribution you are asked to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="172"/>
        <source>Save its &amp;PDF to read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="173"/>
        <source>Save the request&apos;s PDF to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="190"/>
        <source>Save the signed &amp;answer as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="191"/>
        <source>Where to save the signed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="244"/>
        <source>{sender} asks you to sign off {state}&apos;s contribution to the {cycle} cycle, revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="247"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="258"/>
        <source>What is signed is this exact content; SHA-256 {digest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="280"/>
        <source>Save the PDF to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="282"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="295"/>
        <source>Saved the PDF to read in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="344"/>
        <source>Signed. {name} signed off revision {revision} as {role}. Send {path} back to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="367"/>
        <source>Take in a signed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="371"/>
        <source>Choose the signed answer your colleague sent back. PactDesk checks that it signs exactly the current version before recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>Signed &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="375"/>
        <source>The signed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="377"/>
        <source>&amp;Take it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="378"/>
        <source>Choose the signed answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="379"/>
        <source>Checking the signed answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="393"/>
        <source>Recorded {name}&apos;s sign-off as {role} at revision {revision}. {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_request_dialogs.py" line="380"/>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="43"/>
        <source>drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="44"/>
        <source>ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="45"/>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="46"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="55"/>
        <source>Comments and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="58"/>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="59"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="60"/>
        <source>Com&amp;pare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="81"/>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="82"/>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="83"/>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="88"/>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="90"/>
        <source>Comm&amp;ent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="101"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="37"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="108"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="225"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="137"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="143"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="401"/>
        <source>Choose the comment to answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="150"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="409"/>
        <source>Choose the comment to resolve first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="154"/>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="413"/>
        <source>Comment resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="162"/>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="164"/>
        <source>Review states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="168"/>
        <source>Se&amp;t state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="171"/>
        <source>&amp;New state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="176"/>
        <source>&amp;Items and their review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="187"/>
        <source>the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="200"/>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="207"/>
        <source>Review state changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="220"/>
        <source>Sho&amp;w changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="225"/>
        <source>&amp;From revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="227"/>
        <source>&amp;To revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/review_dialog.py" line="248"/>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="116"/>
        <source>Comments on this i&amp;tem</source>
        <extracomment>How long typing must pause before the highlights are placed again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="121"/>
        <source>Comments on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="129"/>
        <source>&amp;Your comment (Ctrl+Enter adds it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="131"/>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="134"/>
        <source>Add co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="135"/>
        <source>Ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="136"/>
        <source>Resolve threa&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="227"/>
        <source>{author}, {when} ({state}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="235"/>
        <source>Detached: the words “{quote}” are no longer in {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="239"/>
        <source>On “{quote}” in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="243"/>
        <source>On {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="263"/>
        <source>No comments on this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="279"/>
        <source>To comment on some words, select them in the answer and press {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="288"/>
        <source>The next comment is on “{quote}” in {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="394"/>
        <source>Answer added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="435"/>
        <source>The words this comment was on are no longer in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/comments_panel.py" line="373"/>
        <location filename="../../pactdesk/ui/window/comments.py" line="62"/>
        <source>Select some words in an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="97"/>
        <location filename="../../pactdesk/services/formats.py" line="104"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="100"/>
        <source>To read, circulate and sign off: laid out like the Commission&apos;s Annex, marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="109"/>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="112"/>
        <source>For colleagues without PactDesk: they fill it in and send it back for import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="116"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="121"/>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="124"/>
        <source>The Annex as a Word document: to fill in by colleagues who answer in Word, and the accessible version (real headings, named answer boxes). It imports back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="134"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="136"/>
        <source>The contribution as pactdesk.contribution/1, for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/formats.py" line="139"/>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="94"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; every signer is trusted.</source>
        <extracomment>What cannot be proven offline, said in every report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="100"/>
        <source>Valid bundle: {what}, revision {revision}, signatures: {count}; the signers&apos; identities were NOT checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="105"/>
        <source>Not a submission: this is an unsigned PREVIEW bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/services/verify_report.py" line="107"/>
        <source>Not a valid bundle: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
