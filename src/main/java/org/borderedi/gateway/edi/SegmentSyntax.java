package org.borderedi.gateway.edi;

/**
 * The characters of an interchange that {@link CompiledSchema} needs to read element values: the component separator,
 * the repetition separator and release character (0 where the syntax has none) and the decimal mark.
 */
public record SegmentSyntax(char component, char repetition, char release, char decimalMark) {
}
