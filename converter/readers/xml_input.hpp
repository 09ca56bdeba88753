// Safe XML input for the readers: libxml2 with no network, no DTD loading and no external
// entities (no XXE), errors as banmian::Error with file:line.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace banmian::readers {

struct XmlDocDeleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses bytes as XML. Refuses to open any external resource (DTD, entity) while parsing.
// Throws banmian::Error "file:line: problem" if the bytes are not well-formed XML.
XmlDocPtr parse_xml_safely(std::string_view bytes, const std::string& file_name);

// Element children of node with local name `name` in namespace `ns` (nullptr: no namespace).
std::vector<xmlNode*> children(const xmlNode* node, const char* name, const char* ns);
// The first such child, or nullptr.
xmlNode* child(const xmlNode* node, const char* name, const char* ns);
// True if node is an element with this local name and namespace (nullptr: none).
bool is_element(const xmlNode* node, const char* name, const char* ns);
// All character data inside node, concatenated (entity references are not expanded), as a
// structure JSON value: a run of white space that holds a line break (pretty-printed XML from
// other tools) becomes one space, or nothing between two CJK characters, and the ends are
// trimmed. banmian's own output has no line breaks in text, so it reads back unchanged.
std::string text_of(const xmlNode* node);
// The attribute's value, or "" (attribute without namespace; "xml:lang" is understood).
std::string attribute(const xmlNode* node, const char* name);
bool has_attribute(const xmlNode* node, const char* name);
// The node's line in the input (1-based), for messages.
std::size_t line_of(const xmlNode* node);
// Throws banmian::Error "file:line: problem" at node (no line when libxml2 has none).
[[noreturn]] void fail_at(const std::string& file, const xmlNode* node, const std::string& problem);

}  // namespace banmian::readers
