/**
 * Labelled scam and ordinary texts, in Chinese and English, written by the project for training and testing text
 * classifiers: {@link io.clearsky.simulator.text.TextCorpus} makes them from a seed.
 */
@NullMarked
package io.clearsky.simulator.text;

import org.jspecify.annotations.NullMarked;
