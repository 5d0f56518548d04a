package com.dentalai.hub.domain.knowledge;

/**
 * A scored knowledge entry for a question.
 *
 * @param score the combined score that ranks and thresholds
 * @param bm25 the word-level part
 * @param trigram the best character-trigram similarity to one of the entry's question variants
 */
public record KbMatch(KnowledgeEntry entry, double score, double bm25, double trigram) {}
