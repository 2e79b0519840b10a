<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="54"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="185"/>
        <source>Import a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="76"/>
        <source>No workbook chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="77"/>
        <source>Workbook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="78"/>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="80"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="107"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="81"/>
        <source>Choose a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="90"/>
        <source>Choose the Excel workbook a colleague filled in. PactDesk reads it and shows what it would change before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="96"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="123"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="109"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="103"/>
        <source>Now in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="103"/>
        <source>From the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="101"/>
        <source>Changes the workbook brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="109"/>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="110"/>
        <source>Conflicts: the draft&apos;s text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <source>In the draft (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="112"/>
        <source>In the workbook (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="118"/>
        <source>Problems in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="121"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="122"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="129"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="123"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="238"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="124"/>
        <source>What the workbook would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="128"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="258"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="130"/>
        <source>Import the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="302"/>
        <source>Importing %n field(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="312"/>
        <source>Imported: %n field(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="105"/>
        <source>Writing the JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="108"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="175"/>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="176"/>
        <source>Export the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="180"/>
        <source>Choose what to make and where to save it. The draft is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="198"/>
        <source>The workbook export is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="209"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="212"/>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="216"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="226"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="230"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="236"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="240"/>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="247"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="250"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="296"/>
        <source>Export as {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="309"/>
        <source>{} exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="323"/>
        <source>Choose the file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="328"/>
        <source>{} is a folder: give the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="331"/>
        <source>There is no folder {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="336"/>
        <source>Exporting {}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="356"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="371"/>
        <source>Wrote {} (revision {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="373"/>
        <source>Wrote {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="379"/>
        <source>The export failed: {} Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="384"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="426"/>
        <source>No program on this computer opens {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="185"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="195"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="290"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="236"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="166"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="349"/>
        <source>Conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="237"/>
        <source>Changes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="240"/>
        <source>Filled in by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="242"/>
        <source>The workbook does not say who filled it in; the changes will be yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="245"/>
        <source>Exported from this draft at revision {rev}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="247"/>
        <source>Exported from another draft: it fills only fields that are empty here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="251"/>
        <source>%n field(s) will change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="252"/>
        <source>%n conflict(s) keep the draft&apos;s text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="253"/>
        <source>%n field(s) are the same.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="258"/>
        <source>&amp;Import %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="273"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="378"/>
        <source>Cannot read the file: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="275"/>
        <source>The workbook could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/import_workbook_dialog.py" line="278"/>
        <source>Problems ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="44"/>
        <source>Which template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="211"/>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="47"/>
        <source>The template holds the Commission&apos;s questions and timetable for one reporting cycle. PactDesk comes with the 2010 template; a later one loads from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="51"/>
        <source>The &amp;template that comes with PactDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="52"/>
        <source>The template that comes with PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="54"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="63"/>
        <source>A template &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="64"/>
        <source>A template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="66"/>
        <source>Template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="68"/>
        <source>Browse for a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="93"/>
        <source>Choose a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="93"/>
        <source>Template files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="127"/>
        <source>Whose contribution, in which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="128"/>
        <source>You can write in any official language of the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="130"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="57"/>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="133"/>
        <source>Reporting cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="135"/>
        <source>Language of the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="139"/>
        <source>Where to keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="140"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="141"/>
        <source>Choose where to keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="150"/>
        <source>&amp;Member State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="151"/>
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
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/language_dialog.py" line="57"/>
        <source>The window changes language the next time PactDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="157"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="188"/>
        <source>Keep the draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="188"/>
        <location filename="../../pactdesk/ui/main_window.py" line="594"/>
        <source>PactDesk drafts (*.pactdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="204"/>
        <source>Please say where to keep the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="214"/>
        <source>There is already a file {name} there; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="222"/>
        <source>The draft could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/new_contribution.py" line="246"/>
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
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="55"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="51"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="86"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="87"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="95"/>
        <source>political assessment, area {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="104"/>
        <source>Assign items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="107"/>
        <source>Items to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="119"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="123"/>
        <source>&amp;Items (Space ticks one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="124"/>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="125"/>
        <location filename="../../pactdesk/ui/dialogs/profile_dialog.py" line="56"/>
        <source>&amp;Ministry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="142"/>
        <source>Tick at least one item and say whom it is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="152"/>
        <source>Send items to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="155"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="159"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="180"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="161"/>
        <source>Encrypt to these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="162"/>
        <source>optional: recipients&apos; certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="164"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="166"/>
        <source>&amp;Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="170"/>
        <source>&amp;Encrypt to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="180"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="285"/>
        <source>Exchange packages (*.pdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="187"/>
        <source>Recipients&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="187"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="198"/>
        <source>Choose the assignee and the package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="207"/>
        <source>A certificate file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="220"/>
        <source>Who owes what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="223"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="229"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="236"/>
        <source>{a} of {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="256"/>
        <source>Send your answers back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="259"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="285"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>Return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="261"/>
        <source>Sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="262"/>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="270"/>
        <source>Passphrase of the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="273"/>
        <source>&amp;Return file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="276"/>
        <source>&amp;Sign with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="295"/>
        <source>Choose where to save the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="121"/>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="226"/>
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
        <location filename="../../pactdesk/ui/main_window.py" line="163"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="176"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="292"/>
        <source>Not available in this build of PactDesk ({module} is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="66"/>
        <source>&amp;File</source>
        <extracomment>What an item needs before it can be used. The menu bar, in order: (id, title with its mnemonic).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="85"/>
        <location filename="../../pactdesk/ui/views/welcome.py" line="81"/>
        <source>&amp;New contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="89"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="91"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="93"/>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="100"/>
        <source>Your &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="104"/>
        <source>&amp;Close draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="98"/>
        <source>Compare contri&amp;butions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="67"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="70"/>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="90"/>
        <source>Open the fictional e&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="102"/>
        <source>Where drafts are &amp;kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="109"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="110"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="111"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="112"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="113"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="114"/>
        <source>&amp;Find in the contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="117"/>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="119"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="150"/>
        <source>&amp;Assign items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="152"/>
        <source>&amp;Who owes what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="154"/>
        <source>&amp;Send items to a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="156"/>
        <source>&amp;Merge a colleague&apos;s return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="158"/>
        <source>Resolve open &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="160"/>
        <source>Send your answers &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="166"/>
        <source>&amp;Language of the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="179"/>
        <source>In the find box: next / previous match, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="180"/>
        <source>Enter / Shift+Enter, Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>In a table: next cell, tick “harmonised”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="182"/>
        <source>Tab, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Open a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="184"/>
        <source>Alt and the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="334"/>
        <source>the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="68"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="95"/>
        <source>Copy the &amp;working copy back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="121"/>
        <source>Add a &amp;data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="123"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="69"/>
        <source>&amp;Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="143"/>
        <source>&amp;Sign this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="147"/>
        <source>&amp;Verify a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="71"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="136"/>
        <source>Go to the e&amp;ditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="145"/>
        <source>Show sign-&amp;offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="163"/>
        <source>&amp;Checks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="164"/>
        <source>&amp;History panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="165"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="72"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="169"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="171"/>
        <source>&amp;About PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="332"/>
        <source>PactDesk cannot open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="351"/>
        <source>{state} — contribution for the {cycle} cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="358"/>
        <source>&amp;Open for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="366"/>
        <source>FICTIONAL EXAMPLE — this contribution is invented to show how PactDesk works. It is not the position of any Member State; the Member State it names is only a placeholder. Change anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="375"/>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="500"/>
        <source>The draft is still open in the other PactDesk; it stays read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="510"/>
        <source>Your last changes are still being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="511"/>
        <source>PactDesk could not finish saving; the draft stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="552"/>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="553"/>
        <source>PactDesk could not save your latest changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="556"/>
        <source>If you close now, what you typed since the last save is lost. Keep the window open while you free some disk space or reconnect the drive; PactDesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="560"/>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="562"/>
        <source>Close and lose the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="88"/>
        <location filename="../../pactdesk/ui/main_window.py" line="594"/>
        <source>Open a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="94"/>
        <source>This draft is open in another PactDesk, on this or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="96"/>
        <source>This draft is open in another PactDesk window on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="98"/>
        <source>{user} has this draft open in another PactDesk, on the computer “{computer}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="101"/>
        <source>Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="105"/>
        <source>You can read it here; to change it, close it there, then press “Open for editing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="404"/>
        <source>This is a local working copy of {original}. When you are done, copy it back (File › Copy the working copy back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="407"/>
        <location filename="../../pactdesk/ui/main_window.py" line="475"/>
        <source>Copy &amp;back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="411"/>
        <source>in {name}, a synchronised folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="413"/>
        <source>on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="417"/>
        <source>This draft is kept {where}. Locking the file there is not reliable, so two people could overwrite each other&apos;s work. Work on a local copy on this computer and copy it back when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="421"/>
        <source>Work on a &amp;local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="445"/>
        <source>The local copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="452"/>
        <source>You are working on a local copy; the draft on the share is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="468"/>
        <source>The working copy was not copied back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="470"/>
        <source>Copied back to {original} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="474"/>
        <source>You can go on here and copy back again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="483"/>
        <source>Where to keep drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="489"/>
        <source>New drafts are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="607"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="613"/>
        <source>The example could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="656"/>
        <source>Side panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="707"/>
        <source>Checks: political assessment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="709"/>
        <source>Checks: commitment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="719"/>
        <source>Read-only: nothing you see here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="722"/>
        <source>Not saved yet — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="725"/>
        <source>Your latest changes could not be saved: {error}. PactDesk keeps them and tries again every few seconds; do not close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="732"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="735"/>
        <source>All changes saved ({time}). Revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="741"/>
        <source>Everything you type is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="770"/>
        <source>Every question of the Commission has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="772"/>
        <source>Every field has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/main_window.py" line="869"/>
        <source>%n field(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/main_window.py" line="871"/>
        <source>%n conflict(s) kept the draft&apos;s text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="874"/>
        <source>Workbook imported: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="877"/>
        <source>Changed: {fields}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="902"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="129"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="131"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Next / previous field on the page</source>
        <extracomment>Keys that belong to no menu item (Qt&apos;s own behaviour of a control), for the help.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="177"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="115"/>
        <location filename="../../pactdesk/ui/views/find_bar.py" line="41"/>
        <source>Find in the whole contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>Leave a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/actions.py" line="183"/>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="928"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="933"/>
        <source>About PactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/main_window.py" line="935"/>
        <source>PactDesk — write, check, sign off and submit a Member State&apos;s contribution on the European Pact on Immigration and Asylum (COM(2009) 266).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="57"/>
        <source>Part I</source>
        <extracomment>A custom role: the page key of a row (&quot;political/I&quot;, &quot;commitment/I.a&quot;), or &quot;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="61"/>
        <source>Part II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="188"/>
        <source>{area}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="191"/>
        <source>{answered}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="198"/>
        <source>1 question of the Commission unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="200"/>
        <source>{n} questions of the Commission unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="204"/>
        <source>Commitment {id}, {title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="208"/>
        <source>Political assessment {id}, {title}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="228"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="230"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/navigator.py" line="231"/>
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
        <location filename="../../pactdesk/ui/models/rows.py" line="164"/>
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
        <location filename="../../pactdesk/ui/models/rows.py" line="165"/>
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
        <location filename="../../pactdesk/ui/models/rows.py" line="166"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="167"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="168"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="260"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="169"/>
        <source>Comparability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="183"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="210"/>
        <source>Harmonised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="183"/>
        <location filename="../../pactdesk/ui/models/rows.py" line="210"/>
        <source>Not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="215"/>
        <source>Tick only for data collected to harmonised standards (e.g. Eurostat). National data is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/models/rows.py" line="260"/>
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
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="81"/>
        <source>The file {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="86"/>
        <source>The file cannot be read: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="88"/>
        <source>The bundle could not be checked: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="100"/>
        <source>Verify a submission bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="109"/>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="111"/>
        <source>The .asice file you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="112"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="114"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="115"/>
        <source>Choose the bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="123"/>
        <source>&amp;Trusted CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="125"/>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="129"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="130"/>
        <source>Add a trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="132"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="133"/>
        <source>Remove the selected CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="143"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="144"/>
        <source>Verify the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="149"/>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="157"/>
        <source>Choose a bundle, then press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="159"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="170"/>
        <source>About the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="173"/>
        <source>&amp;Signatures, in the order they were made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="177"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="179"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="180"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="181"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="182"/>
        <source>Signed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="183"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="186"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="198"/>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="201"/>
        <source>Details of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="223"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="225"/>
        <source>Submission bundles (*.asice *.sce *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="234"/>
        <source>Choose CA certificates you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="236"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="259"/>
        <source>Choose a bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="265"/>
        <location filename="../../pactdesk/ui/views/checks_panel.py" line="41"/>
        <location filename="../../pactdesk/ui/views/header.py" line="136"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="323"/>
        <source>Contribution of {} for the {} cycle, in {}, revision {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="329"/>
        <source>It replaces the bundle with SHA-256 {}….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="332"/>
        <source>The PDF carries {}&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="339"/>
        <source>submitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="341"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="341"/>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="342"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="342"/>
        <source>CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="343"/>
        <source>NOT trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="354"/>
        <source>Why it is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="360"/>
        <source>(add the ministry&apos;s CA certificate under Trusted CA certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="366"/>
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
        <location filename="../../pactdesk/ui/views/editor.py" line="156"/>
        <source>Contents of the contribution</source>
        <extracomment>How long typing must pause before the whole contribution is checked again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/fields.py" line="161"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="127"/>
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
        <location filename="../../pactdesk/ui/views/fields.py" line="161"/>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="127"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="120"/>
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
        <location filename="../../pactdesk/ui/actions.py" line="118"/>
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
        <location filename="../../pactdesk/ui/dialogs/export_dialog.py" line="243"/>
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
        <location filename="../../pactdesk/ui/views/pages.py" line="121"/>
        <source>What the Annex asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="126"/>
        <source>The Pact&apos;s main commitment for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="142"/>
        <source>Part I · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="144"/>
        <source>{id}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="146"/>
        <source>Political assessment: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="153"/>
        <source>Your Member State&apos;s political assessment of progress since the Pact was adopted in October 2008, for this policy area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="162"/>
        <source>Part II for this area so far: {complete} of {n} commitments complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="167"/>
        <source>1 question of the Commission is still unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="169"/>
        <source>{n} questions of the Commission are still unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="183"/>
        <source>The Commission also asks: the effect of the economic crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="184"/>
        <source>The Commission also asks for data and trends — if available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="185"/>
        <source>The Commission also asks you to report on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="245"/>
        <source>Request {n} of {count} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="249"/>
        <source>Answer in words here, and enter the figures in the data table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="257"/>
        <source>Partly reconstructed: these are not all the Commission&apos;s own words. Where the text came from: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="278"/>
        <source>The Pact&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="288"/>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="295"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="300"/>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="297"/>
        <source>Add data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="325"/>
        <source>Add reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="299"/>
        <source>Remove data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="320"/>
        <location filename="../../pactdesk/ui/views/pages.py" line="328"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="322"/>
        <source>Point to where this is already reported instead of repeating it, e.g. a section of the EMN annual policy report, a Eurostat table or a fund&apos;s annual report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="327"/>
        <source>Remove reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="362"/>
        <source>Part II · {id}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="363"/>
        <source>Commitment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="372"/>
        <source>For this commitment the Commission also asks a question. Please answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="375"/>
        <source>For this commitment the Commission also asks {n} questions. Please answer each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="403"/>
        <source>Data points — the Annex asks for data here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="405"/>
        <source>Data and trends for {periods}. National data for 2009 is not collected to harmonised standards: leave “Comparability” unticked and it is marked “not comparable”, as the Commission&apos;s document warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="408"/>
        <source>the period asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="410"/>
        <source>Data points (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/pages.py" line="412"/>
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
        <source>PactDesk helps your ministry write your Member State&apos;s annual contribution on the European Pact on Immigration and Asylum, following the Commission&apos;s template (COM(2009) 266, Annex) — and get it checked, signed off and submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="51"/>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="57"/>
        <source>Part I: write a short political assessment for each of the Pact&apos;s five policy areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="61"/>
        <source>Part II: for each commitment of the Pact, describe the main actions undertaken and the most significant developments planned, and answer the Commission&apos;s extra questions — they are shown as orange cards so that none is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="67"/>
        <source>Everything you type is saved as you type. There is no Save button, and nothing is lost if the computer stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="71"/>
        <source>The checks on the right tell you what is still missing before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="82"/>
        <source>&amp;Open a draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="83"/>
        <source>Look at a &amp;fictional example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="95"/>
        <source>The example is an invented contribution, clearly marked as fictional, that you can change freely to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="104"/>
        <source>&amp;Recent drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="107"/>
        <source>Recent drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="108"/>
        <source>One click opens a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/welcome.py" line="118"/>
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
        <location filename="../../pactdesk/ui/views/history_panel.py" line="132"/>
        <source>rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="136"/>
        <source>written ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="138"/>
        <source>emptied ({words} removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="141"/>
        <source>{words} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="143"/>
        <source>{words} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="144"/>
        <source>edited, same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="150"/>
        <source>C&amp;hanges to this item, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="155"/>
        <source>Changes to this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="159"/>
        <source>Every change is kept in the draft&apos;s history, chained so that an altered history shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="177"/>
        <source>{when} · {author}{source}
{field}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/history_panel.py" line="190"/>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="70"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="71"/>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="153"/>
        <source>Sign off the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="75"/>
        <source>Loading the content to sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="77"/>
        <source>What you are signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="85"/>
        <source>Revision and content digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="89"/>
        <source>The contribution you are signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="95"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="96"/>
        <source>Signing &amp;identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="100"/>
        <location filename="../../pactdesk/ui/dialogs/verify_dialog.py" line="178"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="101"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="106"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/exchange_dialogs.py" line="277"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="112"/>
        <source>Where the passphrase comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="114"/>
        <source>Re&amp;member the passphrase in the operating system&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="115"/>
        <source>Remember the passphrase in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="120"/>
        <source>I have &amp;read the contribution above and sign it off in the chosen role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="122"/>
        <source>I have read the contribution and sign it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="127"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="133"/>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="319"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="135"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="179"/>
        <source>Revision {revision} · {answered} of {total} fields answered · SHA-256 of the signed content: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="194"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="194"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="200"/>
        <source>{role} — signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="210"/>
        <source>Every role of this contribution is already signed at this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="228"/>
        <source>There is no signing identity with a certificate on this computer. Create one first (pactdesk identity create), or install its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="258"/>
        <source>No secure keyring is usable on this computer, so the passphrase is not remembered: type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="265"/>
        <source>The passphrase is kept in the operating system&apos;s keyring; leave the field empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="270"/>
        <source>Type the passphrase of this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/sign_dialog.py" line="307"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="94"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="94"/>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="105"/>
        <source>{name} signed revision {revision} as {role}; the contribution has not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="108"/>
        <source>Outdated: {problem}. It must be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="133"/>
        <source>Reading the sign-offs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="135"/>
        <source>Sign-off state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="141"/>
        <source>Sign-offs of this contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="152"/>
        <source>Sign &amp;off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="173"/>
        <source>Every required sign-off holds at revision {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="179"/>
        <source>{role} (outdated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="182"/>
        <source>Revision {revision} still needs a sign-off as: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="189"/>
        <source>1 earlier sign-off no longer holds: the contribution changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="193"/>
        <source>{count} earlier sign-offs no longer hold: the contribution changed after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/views/signoff_panel.py" line="201"/>
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
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="98"/>
        <source>Merge a colleague&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="103"/>
        <source>No return chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="105"/>
        <source>Return &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="108"/>
        <source>Choose a return package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="117"/>
        <source>Choose the package (.pdx) a colleague sent back. PactDesk shows every change it brings before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="127"/>
        <source>What the return would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="128"/>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="187"/>
        <source>Incoming changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="133"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="135"/>
        <source>Merge the accepted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="153"/>
        <source>Resolve open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="158"/>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="159"/>
        <source>Resolve the conflicts as decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="172"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="189"/>
        <source>Incoming c&amp;hanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="194"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="195"/>
        <source>Accept this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="196"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="197"/>
        <source>Reject this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="198"/>
        <source>Accept a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="199"/>
        <source>Accept every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="200"/>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="201"/>
        <source>Reject every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="218"/>
        <source>The change, old to new: deleted words struck through, inserted words underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="231"/>
        <source>Conflicts: fields both sides changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="233"/>
        <source>C&amp;onflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="238"/>
        <source>&amp;Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="239"/>
        <source>Keep this draft&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="240"/>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="241"/>
        <source>Take the return&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="242"/>
        <source>&amp;Use merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="243"/>
        <source>Use the merged text as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="255"/>
        <source>This draft (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="256"/>
        <source>The return (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="257"/>
        <source>Merged te&amp;xt (you can edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="279"/>
        <source>Merge a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="279"/>
        <source>Exchange packages (*.pdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="317"/>
        <source>Open the encrypted return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="318"/>
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
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="34"/>
        <source>Show the items &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pactdesk/ui/exchange_menu.py" line="120"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="169"/>
        <source>%n open conflict(s): this draft&apos;s text stays until you decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <location filename="../../pactdesk/ui/dialogs/merge_dialog.py" line="479"/>
        <source>Merged: %n field(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
