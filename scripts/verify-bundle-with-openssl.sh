#!/bin/sh
# Verify a PactDesk submission bundle (ASiC-E with CAdES signatures) with
# standard tools only: unzip, openssl, sha256sum (and sh, awk, tr, od).
#
#   scripts/verify-bundle-with-openssl.sh BUNDLE.asice CA.pem
#
# CA.pem is the sign-off CA certificate of the ministry, exchanged out of band.
# Exit status 0 when every check passes, 1 when one fails, 2 on a bad call.
# See docs/verifying-a-bundle.md for what each step proves and what it cannot.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 BUNDLE.asice CA.pem" >&2
    exit 2
fi
bundle=$1
ca=$2
for f in "$bundle" "$ca"; do
    if [ ! -f "$f" ]; then
        echo "$f: no such file" >&2
        exit 2
    fi
done
case $bundle in /*) ;; *) bundle=$PWD/$bundle ;; esac
case $ca in /*) ;; *) ca=$PWD/$ca ;; esac

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
ok() {
    echo "ok:   $*"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# 1. The container: mimetype first, with the ASiC-E media type; safe names only.
names=$(unzip -Z1 "$bundle") || { echo "FAIL: $bundle is not a ZIP file"; exit 1; }
first=$(printf '%s\n' "$names" | head -n 1)
if [ "$first" = "mimetype" ] &&
    [ "$(unzip -p "$bundle" mimetype)" = "application/vnd.etsi.asic-e+zip" ]; then
    ok "mimetype is the first entry: application/vnd.etsi.asic-e+zip"
else
    fail "the first entry is not mimetype = application/vnd.etsi.asic-e+zip"
fi
unsafe=$(printf '%s\n' "$names" | awk '/^\// || /(^|\/)\.\.(\/|$)/ || /\\/ || /:/ || /\/$/')
if [ -n "$unsafe" ]; then
    echo "FAIL: unsafe entry names, not unpacking:"
    printf '  %s\n' "$unsafe"
    exit 1
fi
dupes=$(printf '%s\n' "$names" | sort | uniq -d)
[ -z "$dupes" ] || { echo "FAIL: duplicate entries: $dupes"; exit 1; }
if printf '%s\n' "$names" | grep -qx 'META-INF/preview'; then
    fail "this is a PREVIEW bundle, not a submission"
fi
(cd "$work" && unzip -q "$bundle")
cd "$work"

# The (uri, hex digest) pairs a manifest names, one per line.
references() {
    tr '\n' ' ' <"$1" | tr '<' '\n' | awk '
        /^[A-Za-z0-9_]*:?DataObjectReference[ >]/ {
            match($0, /URI="[^"]*"/); uri = substr($0, RSTART + 5, RLENGTH - 6) }
        /^[A-Za-z0-9_]*:?DigestValue>/ {
            v = $0; sub(/^[^>]*>/, "", v); gsub(/[ \t]/, "", v); print uri " " v }'
}
hex_of_base64() {
    printf '%s' "$1" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n'
}

# 2. Every manifest: its CAdES signature (over the manifest's exact bytes),
#    its signer, and every digest it names.
manifests=$(ls META-INF/ASiCManifest*.xml 2>/dev/null | sort) || true
if [ -z "$manifests" ] && ls META-INF/signatures*.xml >/dev/null 2>&1; then
    echo "FAIL: this bundle is in the XAdES form (META-INF/signatures*.xml), not CAdES;"
    echo "      check it with scripts/verify-xades-bundle-with-xmlsec1.sh"
    exit 1
fi
[ -n "$manifests" ] || { echo "FAIL: no META-INF/ASiCManifest*.xml"; exit 1; }
final=$(printf '%s\n' "$manifests" | tail -n 1)
previous=""
last=""
for manifest in $manifests; do
    n=${manifest#META-INF/ASiCManifest}
    n=${n%.xml}
    signature=META-INF/signature$n.p7s
    echo "-- $manifest"
    if [ ! -f "$signature" ]; then
        fail "$signature is missing"
        continue
    fi
    if openssl cms -verify -binary -inform DER -in "$signature" -content "$manifest" \
        -CAfile "$ca" -purpose any -signer "$work/signer.pem" -out /dev/null 2>"$work/err"; then
        who=$(openssl x509 -in "$work/signer.pem" -noout -subject -nameopt utf8,sep_comma_plus_space)
        when=$(openssl cms -cmsout -print -inform DER -in "$signature" |
            awk '/object: signingTime/ { getline; getline; sub(/^ */, ""); print; exit }')
        ok "$signature verifies against $(basename "$ca"): $who, signing time $when"
    else
        fail "$signature does not verify against $(basename "$ca"): $(head -n 1 "$work/err")"
    fi
    pairs=$(references "$manifest")
    [ -n "$pairs" ] || fail "$manifest names no file"
    printf '%s\n' "$pairs" | {
        bad=0
        while read -r uri digest; do
            [ -n "$uri" ] || continue
            if [ ! -f "$uri" ]; then
                echo "FAIL: $manifest names $uri, which is missing"
                bad=1
            elif [ "$(sha256sum "$uri" | cut -d ' ' -f 1)" = "$(hex_of_base64 "$digest")" ]; then
                echo "ok:   $uri matches its SHA-256 in $manifest"
            else
                echo "FAIL: $uri does not match its SHA-256 in $manifest"
                bad=1
            fi
        done
        exit $bad
    } || failures=$((failures + 1))
    # The order of sign-offs: each (but the last, the submitter's) names the
    # signature before it, and only that one; the first names none.
    if [ "$manifest" != "$final" ]; then
        named=$(printf '%s\n' "$pairs" | cut -d ' ' -f 1 | grep '\.p7s$' || true)
        if [ "$named" = "$previous" ]; then
            ok "$manifest follows ${previous:-nothing} in the signed order"
        else
            fail "$manifest names ${named:-no signature}, not ${previous:-none}: the order was changed"
        fi
    fi
    previous=$signature
    last=$manifest
done

# 3. The last manifest (the submitter's) covers every other file.
covered=$(references "$last" | cut -d ' ' -f 1)
last_signature=META-INF/signature${last#META-INF/ASiCManifest}
last_signature=${last_signature%.xml}.p7s
for name in $names; do
    case $name in mimetype | "$last" | "$last_signature") continue ;; esac
    if ! printf '%s\n' "$covered" | grep -qxF "$name"; then
        fail "$name is not covered by the final manifest $last"
    fi
done
[ $failures -ne 0 ] || ok "every file is covered by the final manifest $last"

echo
if [ $failures -eq 0 ]; then
    echo "VALID: every signature verifies against $(basename "$ca") and every file matches."
    echo "Not proven offline: the signing times (each signer's own clock) and that no"
    echo "certificate was revoked."
    exit 0
fi
echo "NOT VALID: $failures check(s) failed."
exit 1
