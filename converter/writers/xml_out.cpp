#include "writers/xml_out.hpp"

#include <libxml/xmlwriter.h>

#include <stdexcept>

namespace banmian::writers {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// libxml2 reports failures as negative counts; a failure here is a bug or out of memory.
void check(int rc, const char* what) {
    if (rc < 0) throw std::runtime_error(std::string("libxml2 xmlTextWriter failed: ") + what);
}

// True if text holds a byte element content must escape: < > & or CR (libxml2's
// xmlEncodeSpecialChars set). One pass over the bytes; find_first_of costs a memchr per byte.
bool needs_escaping(const std::string& text) {
    for (const char c : text) {
        if (c == '<' || c == '>' || c == '&' || c == '\r') return true;
    }
    return false;
}

}  // namespace

struct XmlOut::Impl {
    xmlBufferPtr buffer = nullptr;
    xmlTextWriterPtr writer = nullptr;
    // Text reaches here checked once per page by require_xml_text (xml_meta.hpp).
    static const xmlChar* checked(const std::string& s) { return x(s.c_str()); }
};

XmlOut::XmlOut(std::size_t size_hint) : impl_(std::make_unique<Impl>()) {
    impl_->buffer = xmlBufferCreateSize(size_hint);
    if (impl_->buffer == nullptr) throw std::bad_alloc();
    impl_->writer = xmlNewTextWriterMemory(impl_->buffer, 0);
    if (impl_->writer == nullptr) {
        xmlBufferFree(impl_->buffer);
        throw std::bad_alloc();
    }
    check(xmlTextWriterSetIndent(impl_->writer, 1), "indent");
    check(xmlTextWriterSetIndentString(impl_->writer, x("  ")), "indent string");
}

XmlOut::~XmlOut() {
    if (impl_->writer != nullptr) xmlFreeTextWriter(impl_->writer);
    if (impl_->buffer != nullptr) xmlBufferFree(impl_->buffer);
}

void XmlOut::start_document() {
    check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr), "declaration");
}

void XmlOut::doctype(const char* name, const char* public_id, const char* system_id) {
    check(xmlTextWriterWriteDTD(impl_->writer, x(name), x(public_id), x(system_id), nullptr),
          "doctype");
}

void XmlOut::start(const char* name) {
    check(xmlTextWriterStartElement(impl_->writer, x(name)), name);
}

void XmlOut::start_ns(const char* name, const char* uri) {
    check(xmlTextWriterStartElementNS(impl_->writer, nullptr, x(name), x(uri)), name);
}

void XmlOut::attr(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(impl_->writer, x(name), Impl::checked(value)), name);
}

void XmlOut::attr(const char* name, const char* value) {
    check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(value)), name);
}

void XmlOut::text(const std::string& value) {
    // xmlTextWriterWriteString copies every text through xmlEncodeSpecialChars and then calls
    // xmlTextWriterWriteRaw; news text almost never holds a character element content must
    // escape (< > & CR), so such text goes to WriteRaw directly (a fifth of NewsML writing time,
    // measured with callgrind) and libxml2 still escapes everything else.
    if (!needs_escaping(value)) {
        check(xmlTextWriterWriteRaw(impl_->writer, Impl::checked(value)), "text");
    } else {
        check(xmlTextWriterWriteString(impl_->writer, Impl::checked(value)), "text");
    }
}

void XmlOut::end() { check(xmlTextWriterEndElement(impl_->writer), "end element"); }

void XmlOut::element(const char* name, const std::string& value) {
    start(name);
    text(value);
    end();
}

void XmlOut::element(const char* name, const char* attribute, const std::string& attribute_value,
                     const std::string& value) {
    start(name);
    attr(attribute, attribute_value);
    text(value);
    end();
}

void XmlOut::mixed_begin() { check(xmlTextWriterSetIndent(impl_->writer, 0), "indent off"); }

void XmlOut::mixed_end() {
    // The line break the indenting writer would have put after the closing tag: white space
    // between elements, outside the mixed content.
    check(xmlTextWriterWriteRaw(impl_->writer, x("\n")), "line break");
    check(xmlTextWriterSetIndent(impl_->writer, 1), "indent on");
}

std::string XmlOut::finish() {
    check(xmlTextWriterEndDocument(impl_->writer), "end document");
    check(xmlTextWriterFlush(impl_->writer), "flush");
    const xmlChar* content = xmlBufferContent(impl_->buffer);
    return std::string(reinterpret_cast<const char*>(content),
                       static_cast<std::size_t>(xmlBufferLength(impl_->buffer)));
}

}  // namespace banmian::writers
