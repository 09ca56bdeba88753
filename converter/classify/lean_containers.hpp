// Optional texts and vectors held behind one pointer: a per-block decision keeps several that are
// usually empty, and on a large page their inline size dominates memory (issue 3).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace banmian::classify {

// An optional UTF-8 text behind one pointer: 8 bytes where std::optional<std::string> takes 40,
// for the dateline and credit most blocks lack (issue 3). Reads like std::optional.
class OptionalText {
  public:
    OptionalText() = default;
    OptionalText(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): like std::optional
    // Copies the text, if any.
    OptionalText(const OptionalText& other)
        : text_(other.text_ ? std::make_unique<std::string>(*other.text_) : nullptr) {}
    // Copies the text, if any.
    OptionalText& operator=(const OptionalText& other) {
        if (this != &other) *this = OptionalText(other);
        return *this;
    }
    OptionalText(OptionalText&&) noexcept = default;
    OptionalText& operator=(OptionalText&&) noexcept = default;
    ~OptionalText() = default;
    // Holds text.
    OptionalText& operator=(std::string text) {
        text_ = std::make_unique<std::string>(std::move(text));
        return *this;
    }
    // Holds nothing.
    OptionalText& operator=(std::nullopt_t) {
        text_.reset();
        return *this;
    }
    // True when a text is held.
    explicit operator bool() const { return text_ != nullptr; }
    // True when a text is held.
    bool has_value() const { return text_ != nullptr; }
    // Drops the text.
    void reset() { text_.reset(); }
    // The text (has_value() must be true).
    const std::string& operator*() const { return *text_; }
    // The text (has_value() must be true).
    std::string& operator*() { return *text_; }
    // The text (has_value() must be true).
    const std::string* operator->() const { return text_.get(); }
    // A copy as the model's optional text.
    operator std::optional<std::string>() const {  // NOLINT(google-explicit-constructor)
        return text_ ? std::optional<std::string>(*text_) : std::nullopt;
    }
    // True when no text is held.
    friend bool operator==(const OptionalText& t, std::nullopt_t) { return !t.text_; }

  private:
    std::unique_ptr<std::string> text_;
};

// A vector behind one pointer: 8 bytes where std::vector takes 24, for the bylines and page
// items most blocks lack (issue 3). Offers the part of std::vector's interface the classifier
// uses; iteration is read-only.
template <typename T>
class LeanVector {
  public:
    using const_iterator = typename std::vector<T>::const_iterator;
    LeanVector() = default;
    // Copies the elements.
    LeanVector(const LeanVector& other)
        : items_(other.items_ ? std::make_unique<std::vector<T>>(*other.items_) : nullptr) {}
    // Copies the elements.
    LeanVector& operator=(const LeanVector& other) {
        if (this != &other) *this = LeanVector(other);
        return *this;
    }
    LeanVector(LeanVector&&) noexcept = default;
    LeanVector& operator=(LeanVector&&) noexcept = default;
    ~LeanVector() = default;
    // Holds the elements of items.
    LeanVector& operator=(std::vector<T> items) {
        if (items.empty()) {
            items_.reset();
        } else {
            items_ = std::make_unique<std::vector<T>>(std::move(items));
        }
        return *this;
    }
    // Appends item.
    void push_back(T item) { storage().push_back(std::move(item)); }
    // Inserts item before pos (an iterator of this vector).
    void insert(const_iterator pos, T item) {
        if (!items_) {
            storage().push_back(std::move(item));  // empty: begin() is the only position
            return;
        }
        items_->insert(pos, std::move(item));
    }
    // Inserts [first, last) before pos (an iterator of this vector).
    template <typename It>
    void insert(const_iterator pos, It first, It last) {
        if (first == last) return;
        if (!items_) {
            std::vector<T>& items = storage();  // empty: begin() is the only position
            items.insert(items.end(), first, last);
            return;
        }
        items_->insert(pos, first, last);
    }
    // Removes every element.
    void clear() { items_.reset(); }
    // The elements, in order.
    const_iterator begin() const { return items_ ? items_->cbegin() : empty_list().cbegin(); }
    // End of the elements.
    const_iterator end() const { return items_ ? items_->cend() : empty_list().cend(); }
    // How many elements are held.
    std::size_t size() const { return items_ ? items_->size() : 0; }
    // True when nothing is held.
    bool empty() const { return size() == 0; }
    // The i-th element (i < size()).
    const T& operator[](std::size_t i) const { return (*items_)[i]; }

  private:
    // The vector, created on first use.
    std::vector<T>& storage() {
        if (!items_) items_ = std::make_unique<std::vector<T>>();
        return *items_;
    }
    // The shared empty vector that begin() and end() of an empty LeanVector point into.
    static const std::vector<T>& empty_list() {
        static const std::vector<T> empty;
        return empty;
    }

    std::unique_ptr<std::vector<T>> items_;
};

}  // namespace banmian::classify
