#!/bin/sh
# Verify a PactDesk submission bundle in the XAdES form (ASiC-E with XAdES,
# META-INF/signatures*.xml) with standard tools only: unzip, xmlsec1, xmllint
# and sha256sum (Debian: unzip xmlsec1 libxml2-utils coreutils).
#
#   scripts/verify-xades-bundle-with-xmlsec1.sh BUNDLE.asice CA.pem
#
# Each signature is verified with xmlsec1 against CA.pem, the container's data
# files as its external references; the sign-off chain (the signature files'
# SHA-256 among each signature's signed properties) is followed with xmllint
# and sha256sum.  Exit status 0 when every check passes, 1 when one fails, 2 on
# a bad call.  See docs/verifying-a-bundle.md ("The XAdES form").
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 BUNDLE.asice CA.pem" >&2
    exit 2
fi
bundle=$1
ca=$2
for f in "$bundle" "$ca"; do
    [ -f "$f" ] || { echo "$f: no such file" >&2; exit 2; }
done
case $bundle in /*) ;; *) bundle=$PWD/$bundle ;; esac
case $ca in /*) ;; *) ca=$PWD/$ca ;; esac

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok:   $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

names=$(unzip -Z1 "$bundle") || { echo "FAIL: $bundle is not a ZIP file"; exit 1; }
if [ "$(printf '%s\n' "$names" | head -n 1)" = "mimetype" ] &&
    [ "$(unzip -p "$bundle" mimetype)" = "application/vnd.etsi.asic-e+zip" ]; then
    ok "mimetype is the first entry: application/vnd.etsi.asic-e+zip"
else
    fail "the first entry is not mimetype = application/vnd.etsi.asic-e+zip"
fi
unsafe=$(printf '%s\n' "$names" | awk '/^\// || /(^|\/)\.\.(\/|$)/ || /\\/ || /:/ || /\/$/')
[ -z "$unsafe" ] || { echo "FAIL: unsafe entry names, not unpacking: $unsafe"; exit 1; }
(cd "$work" && unzip -q "$bundle")
cd "$work"

signatures=$(ls META-INF/signatures*.xml 2>/dev/null | sort) || true
[ -n "$signatures" ] || { echo "FAIL: no META-INF/signatures*.xml (not the XAdES form)"; exit 1; }
data=$(printf '%s\n' "$names" | grep -v '^META-INF/' | grep -vx mimetype)
maps=""
for f in $data; do maps="$maps --url-map:$f $f"; done

property() {  # property FILE NAME: a PactDesk property's value, signed in FILE
    xmllint --xpath "string(//*[local-name()='Property'][@Name='$2'])" "$1" 2>/dev/null || true
}

final=$(printf '%s\n' "$signatures" | tail -n 1)
previous=""
for s in $signatures; do
    echo "-- $s"
    # shellcheck disable=SC2086 # $maps is a list of arguments
    if xmlsec1 --verify --trusted-pem "$ca" \
        --id-attr:Id http://uri.etsi.org/01903/v1.3.2#:SignedProperties $maps "$s" \
        >"$work/out" 2>&1; then
        role=$(xmllint --xpath "string(//*[local-name()='ClaimedRole'])" "$s")
        when=$(xmllint --xpath "string(//*[local-name()='SigningTime'])" "$s")
        ok "$s verifies against $(basename "$ca"): role $role, signing time $when"
    else
        fail "$s does not verify against $(basename "$ca"): $(grep -v '^func=' "$work/out" | head -n 1)"
    fi
    if [ "$s" != "$final" ]; then
        named=$(property "$s" previous-signature-sha256)
        want=""
        [ -z "$previous" ] || want=$(sha256sum "$previous" | cut -d ' ' -f 1)
        if [ "$named" = "$want" ]; then
            ok "$s follows ${previous:-nothing} in the signed order"
        else
            fail "$s does not name ${previous:-no earlier signature} by its SHA-256: the order was changed"
        fi
    fi
    previous=$s
done

# The submitter's signature (the last) names every sign-off by its SHA-256 and
# references every data file.
for s in $signatures; do
    [ "$s" != "$final" ] || continue
    n=${s#META-INF/signatures}; n=${n%.xml}
    if [ "$(property "$final" "signature-$n-sha256")" = "$(sha256sum "$s" | cut -d ' ' -f 1)" ]; then
        ok "$s is signed by the submitter's signature $final"
    else
        fail "$s is not signed by the submitter's signature $final"
    fi
done
for f in $data; do
    if ! xmllint --xpath "//*[local-name()='Reference'][@URI='$f']" "$final" >/dev/null 2>&1; then
        fail "$f is not signed by the submitter's signature $final"
    fi
done

echo
if [ $failures -eq 0 ]; then
    echo "VALID: every signature verifies against $(basename "$ca") and the sign-offs are in order."
    echo "Not checked here: the XAdES properties (signing certificate, signing time within the"
    echo "certificate's validity); pactdesk verify checks them. Not proven offline: the signing"
    echo "times (each signer's own clock) and that no certificate was revoked."
    exit 0
fi
echo "NOT VALID: $failures check(s) failed."
exit 1
