/**
 * Classification of scam texts (AI-assisted assessment, DESIGN §1.9): given an SMS or a report's narrative, in
 * Chinese or English, whether it reads as a scam, the most likely scam type, a probability, and the features that
 * weighed most. The learning is Apache OpenNLP's maximum-entropy trainer; this package turns texts into features and
 * probabilities into answers.
 */
@NullMarked
package io.clearsky.core.text;

import org.jspecify.annotations.NullMarked;
