// A thin RAII wrapper over libxml2's xmlTextWriter: every character goes through libxml2's
// escaping, never through string pasting. Output is UTF-8 with two-space indentation.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace banmian::writers {

class XmlOut {
  public:
    // text_needs_escaping: whether any text may hold < > & or CR (require_xml_text tells per
    // page); when false, text skips libxml2's escaping pass.
    explicit XmlOut(bool text_needs_escaping = true);
    ~XmlOut();
    XmlOut(const XmlOut&) = delete;
    XmlOut& operator=(const XmlOut&) = delete;

    // Writes the XML declaration (version 1.0, UTF-8).
    void start_document();
    // Writes <!DOCTYPE name PUBLIC "public_id" "system_id">.
    void doctype(const char* name, const char* public_id, const char* system_id);
    // Opens an element; attributes follow with attr() until the first child or text.
    void start(const char* name);
    // Opens an element in a namespace declared on it (xmlns="uri").
    void start_ns(const char* name, const char* uri);
    // Values must be XML-safe UTF-8: page text is checked once per page with
    // require_xml_text (xml_meta.hpp) before writing starts. Attribute values are escaped.
    void attr(const char* name, const std::string& value);
    void attr(const char* name, const char* value);
    // Writes escaped character data.
    void text(const std::string& value);
    void end();
    // <name>value</name>
    void element(const char* name, const std::string& value);
    // <name attribute="attribute_value">value</name>
    void element(const char* name, const char* attribute, const std::string& attribute_value,
                 const std::string& value);
    // Mixed content (text beside child elements): call mixed_begin() right after start() and
    // mixed_end() right after the matching end(); indentation inside would add white space to
    // the text.
    void mixed_begin();
    void mixed_end();
    // Closes everything and returns the document.
    std::string finish();

  private:
    // Writes the line break and indentation before a new element, outside mixed content.
    void open_element();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace banmian::writers
