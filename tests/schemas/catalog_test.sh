#!/usr/bin/env bash
# The generated XML catalog maps every official identifier to an existing local file, and
# xmllint resolves the JATS DOCTYPE through it with no network access.
# Usage: catalog_test.sh CATALOG SCHEMA_DIR
set -euo pipefail
catalog=$1
schema_dir=$2
status=0
check() {  # identifier, expected file below schema_dir
    local got
    got=$(xmlcatalog "$catalog" "$1" 2>/dev/null | grep '^file://' | head -n1 || true)
    local want="file://$(realpath "$schema_dir/$2")"
    if [ "$got" != "$want" ]; then
        echo "FAIL: $1 resolves to '${got}', expected '${want}'" >&2
        status=1
    elif [ ! -f "${got#file://}" ]; then
        echo "FAIL: $1 resolves to a missing file ${got}" >&2
        status=1
    else
        echo "ok: $1 -> ${got}"
    fi
}
check "http://iptc.org/std/nar/2006-10-01/" iptc/NewsML-G2_2.35-spec-All-Power.xsd
check "http://iptc.org/std/NITF/2006-10-18/" iptc/nitf-3-6.xsd
check "http://www.w3.org/2001/xml.xsd" iptc/xml.xsd
check "urn:banmian:schema:newsml-g2-with-nitf" iptc/NewsML-G2_2.35-with-NITF-3.6.xsd
check "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.4 20241031//EN" \
      jats/archiving-1.4-dtd/JATS-archivearticle1-4-mathml3.dtd
check "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.4 20241031//EN" \
      jats/archiving-1.4-dtd/JATS-archivearticle1-4.dtd
check "https://jats.nlm.nih.gov/archiving/1.4/JATS-archive-oasis-article1-4.dtd" \
      jats/archiving-1.4-dtd/JATS-archive-oasis-article1-4.dtd
# A DOCTYPE with the official identifiers validates offline only through the catalog.
if ! XML_CATALOG_FILES="$catalog" xmllint --noout --nonet --valid \
        "$schema_dir/examples/minimal-jats.xml"; then
    echo "FAIL: minimal-jats.xml does not validate through the catalog" >&2
    status=1
fi
exit $status
