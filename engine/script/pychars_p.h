#pragma once
// Private: ASCII character classes shared by the Python tokenizer and string decoding.

namespace retort {

namespace detail {

constexpr bool isAsciiIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isHexDigit(char c)
{
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

constexpr bool isOctDigit(char c)
{
    return c >= '0' && c <= '7';
}

constexpr bool isBinDigit(char c)
{
    return c == '0' || c == '1';
}

} // namespace detail

} // namespace retort
