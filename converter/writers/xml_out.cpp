#include "writers/xml_out.hpp"

#include <libxml/xmlwriter.h>

#include <stdexcept>
#include <vector>

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

// xmlOutputWriteCallback appending to the std::string at context; returns the bytes taken.
int append_to_string(void* context, const char* bytes, int length) {
    static_cast<std::string*>(context)->append(bytes, static_cast<std::size_t>(length));
    return length;
}

}  // namespace

// Indentation is written by XmlOut, not by libxml2: xmlTextWriter's indenting writes the
// indent string once per nesting level and walks its element stack to count the levels, which
// made it a third of NewsML writing (callgrind). XmlOut knows the depth and writes each run of
// white space as one raw write; the output is byte for byte what libxml2's indenting writes
// (golden files in tests/golden). White space is never written inside mixed content.
struct XmlOut::Impl {
    std::string document;              // what libxml2 flushed so far
    xmlOutputBufferPtr out = nullptr;  // owned by writer
    xmlTextWriterPtr writer = nullptr;
    bool text_needs_escaping = true;
    // One entry per open element: whether it has element children (its end tag then goes on
    // a line of its own).
    std::vector<bool> has_children;
    std::size_t mixed_depth = 0;  // depth of the open mixed-content element; 0 for none
    std::string newline_indent = "\n";

    // Writes a line break and the indentation of an element at depth level (root: 0).
    void line_break(std::size_t level) {
        const std::size_t length = 1 + 2 * level;
        if (newline_indent.size() < length) newline_indent.resize(length, ' ');
        check(xmlTextWriterWriteRawLen(writer, x(newline_indent.c_str()), static_cast<int>(length)),
              "indentation");
    }
    bool in_mixed() const { return mixed_depth != 0 && has_children.size() >= mixed_depth; }
};

XmlOut::XmlOut(bool text_needs_escaping) : impl_(std::make_unique<Impl>()) {
    impl_->text_needs_escaping = text_needs_escaping;
    // libxml2 flushes its output buffer (4 KB chunks) straight into the std::string finish()
    // returns; xmlNewTextWriterMemory would copy everything once more through an xmlBuffer.
    impl_->out = xmlOutputBufferCreateIO(&append_to_string, nullptr, &impl_->document, nullptr);
    if (impl_->out == nullptr) throw std::bad_alloc();
    impl_->writer = xmlNewTextWriter(impl_->out);
    if (impl_->writer == nullptr) {
        xmlOutputBufferClose(impl_->out);
        throw std::bad_alloc();
    }
    check(xmlTextWriterSetIndentString(impl_->writer, x("  ")), "indent string");
}

XmlOut::~XmlOut() {
    if (impl_->writer != nullptr) xmlFreeTextWriter(impl_->writer);  // closes out
}

void XmlOut::start_document() {
    check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", nullptr), "declaration");
}

void XmlOut::doctype(const char* name, const char* public_id, const char* system_id) {
    // libxml2's indenting layout of the DOCTYPE (identifiers on their own lines, a line break
    // after it) is kept: it is written once per file.
    check(xmlTextWriterSetIndent(impl_->writer, 1), "indent on");
    check(xmlTextWriterWriteDTD(impl_->writer, x(name), x(public_id), x(system_id), nullptr),
          "doctype");
    check(xmlTextWriterSetIndent(impl_->writer, 0), "indent off");
}

void XmlOut::start(const char* name) {
    open_element();
    check(xmlTextWriterStartElement(impl_->writer, x(name)), name);
}

void XmlOut::start_ns(const char* name, const char* uri) {
    open_element();
    check(xmlTextWriterStartElementNS(impl_->writer, nullptr, x(name), x(uri)), name);
}

void XmlOut::open_element() {
    Impl& i = *impl_;
    if (!i.has_children.empty() && !i.in_mixed()) {
        i.has_children.back() = true;
        i.line_break(i.has_children.size());
    }
    i.has_children.push_back(false);
}

void XmlOut::attr(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(value.c_str())), name);
}

void XmlOut::attr(const char* name, const char* value) {
    check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(value)), name);
}

void XmlOut::text(const std::string& value) {
    // xmlTextWriterWriteString copies every text through xmlEncodeSpecialChars and then calls
    // xmlTextWriterWriteRaw; news text almost never holds a character element content must
    // escape (< > & CR: require_xml_text tells per page), so such text goes to WriteRaw
    // directly and libxml2 still escapes everything else.
    if (!impl_->text_needs_escaping || !needs_escaping(value)) {
        check(xmlTextWriterWriteRawLen(impl_->writer, x(value.c_str()),
                                       static_cast<int>(value.size())),
              "text");
    } else {
        check(xmlTextWriterWriteString(impl_->writer, x(value.c_str())), "text");
    }
}

void XmlOut::end() {
    Impl& i = *impl_;
    if (i.has_children.back() && !i.in_mixed()) i.line_break(i.has_children.size() - 1);
    check(xmlTextWriterEndElement(i.writer), "end element");
    i.has_children.pop_back();  // xmlTextWriterEndDocument ends the last line
}

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

void XmlOut::mixed_begin() { impl_->mixed_depth = impl_->has_children.size(); }

void XmlOut::mixed_end() { impl_->mixed_depth = 0; }

std::string XmlOut::finish() {
    check(xmlTextWriterEndDocument(impl_->writer), "end document");
    check(xmlTextWriterFlush(impl_->writer), "flush");
    return std::move(impl_->document);
}

}  // namespace banmian::writers
