#include "readers/xml_input.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstring>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace banmian::readers {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Entity loader installed while a document is read: every external DTD or entity is
// refused, so a hostile DOCTYPE can neither read local files nor reach the network.
xmlParserInputPtr refuse_external(const char* url, const char*, xmlParserCtxtPtr ctxt) {
    (void)url;
    (void)ctxt;
    return nullptr;
}

// Keeps the first error libxml2 reports instead of letting it print to stderr.
struct FirstError {
    bool set = false;
    std::size_t line = 0;
    std::string message;
};

void collect(void* data, xmlErrorPtr error) {
    auto* first = static_cast<FirstError*>(data);
    if (first->set || error == nullptr || error->level < XML_ERR_ERROR) return;
    first->set = true;
    first->line = error->line > 0 ? static_cast<std::size_t>(error->line) : 0;
    first->message = error->message != nullptr ? error->message : "malformed XML";
    while (!first->message.empty() && first->message.back() == '\n') first->message.pop_back();
}

// Restores libxml2's global loader and error handler when the read ends, even on throw.
class ScopedParserState {
  public:
    explicit ScopedParserState(FirstError* sink)
        : loader_(xmlGetExternalEntityLoader()),
          handler_(xmlStructuredError),
          context_(xmlStructuredErrorContext) {
        xmlSetExternalEntityLoader(refuse_external);
        xmlSetStructuredErrorFunc(sink, collect);
    }
    ~ScopedParserState() {
        xmlSetExternalEntityLoader(loader_);
        xmlSetStructuredErrorFunc(context_, handler_);
    }
    ScopedParserState(const ScopedParserState&) = delete;
    ScopedParserState& operator=(const ScopedParserState&) = delete;

  private:
    xmlExternalEntityLoader loader_;
    xmlStructuredErrorFunc handler_;
    void* context_;
};

bool same_ns(const xmlNode* node, const char* ns) {
    if (ns == nullptr) return node->ns == nullptr;
    return node->ns != nullptr && node->ns->href != nullptr &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), ns) == 0;
}

// Entities are never expanded (XXE), so a reference would silently drop text: refuse it.
// banmian's writers emit UTF-8 characters, never entity references.
void reject_entity_references(const xmlNode* root, const std::string& file_name) {
    std::vector<const xmlNode*> stack{root};
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
            if (c->type == XML_ENTITY_REF_NODE) {
                Location where{file_name, {}, {}};
                const long line = xmlGetLineNo(node);
                if (line > 0) where.line = static_cast<std::size_t>(line);
                throw Error(where, "entity reference &" +
                                       std::string(reinterpret_cast<const char*>(c->name)) +
                                       "; is not expanded (entities are refused for safety); "
                                       "write the character itself");
            }
            if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
        }
    }
}

}  // namespace

XmlDocPtr parse_xml_safely(std::string_view bytes, const std::string& file_name) {
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
        throw Error({file_name, {}, {}}, "file too large for the XML reader");
    }
    FirstError first;
    ScopedParserState state(&first);
    // NONET: no network; no NOENT/DTDLOAD/DTDATTR/DTDVALID: entities stay unexpanded and no
    // DTD is read; BIG_LINES: true line numbers past 65535.
    const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
    XmlDocPtr doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), file_name.c_str(),
                                "UTF-8", options));
    if (!doc || first.set) {
        Location where{file_name, {}, {}};
        if (first.line > 0) where.line = first.line;
        throw Error(where, "not well-formed XML: " +
                               (first.set ? first.message : std::string("unreadable document")));
    }
    if (xmlDocGetRootElement(doc.get()) == nullptr) {
        throw Error({file_name, {}, {}}, "the XML document has no root element");
    }
    reject_entity_references(xmlDocGetRootElement(doc.get()), file_name);
    return doc;
}

bool is_element(const xmlNode* node, const char* name, const char* ns) {
    return node != nullptr && node->type == XML_ELEMENT_NODE &&
           xmlStrcmp(node->name, x(name)) == 0 && same_ns(node, ns);
}

std::vector<xmlNode*> children(const xmlNode* node, const char* name, const char* ns) {
    std::vector<xmlNode*> out;
    if (node == nullptr) return out;
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (is_element(c, name, ns)) out.push_back(c);
    }
    return out;
}

xmlNode* child(const xmlNode* node, const char* name, const char* ns) {
    if (node == nullptr) return nullptr;
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (is_element(c, name, ns)) return c;
    }
    return nullptr;
}

namespace {
bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim_xml_space(std::string_view s) {
    while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
    return s;
}

void append_text(const xmlNode* node, std::string& out) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content != nullptr) out += reinterpret_cast<const char*>(c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            append_text(c, out);
        }
    }
}
}  // namespace

std::string text_of(const xmlNode* node) {
    std::string raw;
    if (node != nullptr) append_text(node, raw);
    if (raw.find('\n') == std::string::npos && raw.find('\r') == std::string::npos) {
        return std::string(trim_xml_space(raw));
    }
    std::string out;
    std::size_t i = 0;
    while (i < raw.size()) {
        if (!is_xml_space(raw[i])) {
            out += raw[i++];
            continue;
        }
        std::size_t j = i;
        bool line_break = false;
        while (j < raw.size() && is_xml_space(raw[j]))
            line_break |= raw[j] == '\n' || raw[j] == '\r', ++j;
        if (!line_break) {
            out.append(raw, i, j - i);  // spaces inside a line are the text's own
        } else if (!out.empty() && j < raw.size()) {
            std::size_t before = out.size(), after = j;
            const char32_t prev = utf8::previous(out, before);
            const char32_t next = utf8::next(raw, after);
            if (!(utf8::is_cjk(prev) && utf8::is_cjk(next))) out += ' ';
        }
        i = j;
    }
    return std::string(trim_xml_space(out));
}

std::string attribute(const xmlNode* node, const char* name) {
    if (node == nullptr) return {};
    xmlChar* value = nullptr;
    if (std::strcmp(name, "xml:lang") == 0) {
        value = xmlNodeGetLang(node);
    } else {
        value = xmlGetNoNsProp(node, x(name));
    }
    if (value == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

bool has_attribute(const xmlNode* node, const char* name) {
    return node != nullptr && xmlHasProp(node, x(name)) != nullptr;
}

std::size_t line_of(const xmlNode* node) {
    const long line = node != nullptr ? xmlGetLineNo(node) : -1;
    return line > 0 ? static_cast<std::size_t>(line) : 0;
}

void fail_at(const std::string& file, const xmlNode* node, const std::string& problem) {
    Location where{file, {}, {}};
    if (const std::size_t line = line_of(node); line > 0) where.line = line;
    throw Error(where, problem);
}

}  // namespace banmian::readers
