/**
 * The paper of a CTG, in French: the convention with its annexes and the amendment (ODT, DOCX, PDF), the yearly
 * bilan for the steering committee (PDF, HTML, with charts). {@link io.github.ctglib.documents.CtgDocuments} is
 * the entry point; {@link io.github.ctglib.documents.DocumentTemplate} carries a CAF's own article texts.
 */
package io.github.ctglib.documents;
