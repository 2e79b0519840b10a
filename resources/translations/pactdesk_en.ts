<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n field(s) will change.</source>
        <translation>
            <numerusform>%n field will change.</numerusform>
            <numerusform>%n fields will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) keep the draft's text.</source>
        <translation>
            <numerusform>%n conflict keeps the draft's text.</numerusform>
            <numerusform>%n conflicts keep the draft's text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) are the same.</source>
        <translation>
            <numerusform>%n field is the same.</numerusform>
            <numerusform>%n fields are the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n change(s)</source>
        <translation>
            <numerusform>&amp;Import %n change</numerusform>
            <numerusform>&amp;Import %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n field(s)…</source>
        <translation>
            <numerusform>Importing %n field…</numerusform>
            <numerusform>Importing %n fields…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n field(s) changed.</source>
        <translation>
            <numerusform>Imported: %n field changed.</numerusform>
            <numerusform>Imported: %n fields changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept the draft's text</source>
        <translation>
            <numerusform>%n conflict kept the draft's text</numerusform>
            <numerusform>%n conflicts kept the draft's text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before submission.</source>
        <translation>
            <numerusform>%n problem to fix before submission.</numerusform>
            <numerusform>%n problems to fix before submission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to look at.</source>
        <translation>
            <numerusform>%n point to look at.</numerusform>
            <numerusform>%n points to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s): this draft's text stays until you decide.</source>
        <translation>
            <numerusform>%n open conflict: this draft's text stays until you decide.</numerusform>
            <numerusform>%n open conflicts: this draft's text stays until you decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming change(s);</source>
        <translation>
            <numerusform>%n incoming change;</numerusform>
            <numerusform>%n incoming changes;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflict.</numerusform>
            <numerusform>%n conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n field(s) changed.</source>
        <translation>
            <numerusform>Merged: %n field changed.</numerusform>
            <numerusform>Merged: %n fields changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This document still has %n tracked change(s), listed under Problems. Read it with them accepted or rejected?</source>
        <translation>
            <numerusform>This document still has %n tracked change, listed under Problems. Read it with it accepted or rejected?</numerusform>
            <numerusform>This document still has %n tracked changes, listed under Problems. Read it with them accepted or rejected?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How it was read (%n)</source>
        <translation>
            <numerusform>How it was read (%n)</numerusform>
            <numerusform>How it was read (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signing identity(ies) on this computer; ready to sign: {ready}.</source>
        <translation>
            <numerusform>%n signing identity on this computer; ready to sign: {ready}.</numerusform>
            <numerusform>%n signing identities on this computer; ready to sign: {ready}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made the submission bundle in {path}: revision {revision}, %n sign-off(s) and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</source>
        <translation>
            <numerusform>Made the submission bundle in {path}: revision {revision}, %n sign-off and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</numerusform>
            <numerusform>Made the submission bundle in {path}: revision {revision}, %n sign-offs and your signature. Submit this file, and give the recipients the CA&apos;s certificate separately.</numerusform>
        </translation>
    </message>
</context>
</TS>
