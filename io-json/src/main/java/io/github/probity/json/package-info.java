/**
 * The versioned JSON document format for Probity: ledgers (台账), grading policies, validation
 * reports, archives, disclosures, implementation plans, signals, warnings and case books in and
 * out, schema-checked, canonical and safe to read from untrusted sources.
 *
 * <p>{@link io.github.probity.json.ProbityJson}, the one entry point, reads and writes every kind
 * of document ({@link io.github.probity.json.DocumentType}), each wrapped in an envelope that names
 * its {@code format} and {@code schemaVersion}; {@link io.github.probity.json.ProbityJsonModule}
 * lets a host add the model's serializers to its own Jackson {@code ObjectMapper}. Every read
 * problem is a {@link io.github.probity.finding.Finding} with a stable code, a JSON pointer, a line
 * and column, and messages in Chinese and English. The JSON Schema (2020-12) of every document is
 * shipped as a resource, see {@link io.github.probity.json.DocumentType#schemaResource(int)}.
 *
 * <p>Built on Jackson 2 (compiled against 2.19, the line Spring Boot 3 pins). Limits on input are
 * set per {@link io.github.probity.json.ProbityJson} instance, never JVM-wide.
 */
@NullMarked
package io.github.probity.json;

import org.jspecify.annotations.NullMarked;
