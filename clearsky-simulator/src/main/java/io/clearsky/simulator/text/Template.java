package io.clearsky.simulator.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its variations written in: {@code {a|b|c}} picks one, {@code [a]} is there half the time,
 * {@code <a|b|c>} writes every part in a random order, and {@code ${slot}} is a slot value ({@code ${name2}} is a
 * second, independent value of the slot {@code name}). A bare {@code |} at the top level separates whole
 * alternatives.
 */
final class Template {

    private final Node root;

    private Template(Node root) {
        this.root = root;
    }

    /** Parses a template; fails on unbalanced brackets. */
    static Template of(String source) {
        Parser parser = new Parser(source);
        Node node = parser.alternatives('\0');
        if (parser.at < source.length()) {
            throw new IllegalArgumentException(
                    "unexpected '" + source.charAt(parser.at) + "' at " + parser.at + " in " + source);
        }
        return new Template(node);
    }

    void write(Draw draw, StringBuilder out) {
        root.write(draw, out);
    }

    String write(Draw draw) {
        StringBuilder out = new StringBuilder(128);
        root.write(draw, out);
        return out.toString();
    }

    // A small recursive-descent parser over the four brackets; the tree it builds is immutable and shared by every
    // expansion, so a template is parsed once per class load.

    private interface Node {
        void write(Draw draw, StringBuilder out);
    }

    private record Literal(String text) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            out.append(text);
        }
    }

    private record Sequence(Node[] parts) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            for (Node part : parts) {
                part.write(draw, out);
            }
        }
    }

    private record Choice(Node[] options) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            options[draw.random().nextInt(options.length)].write(draw, out);
        }
    }

    private record Maybe(Node body) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            if (draw.random().nextBoolean()) {
                body.write(draw, out);
            }
        }
    }

    private record Shuffle(Node[] parts) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            int[] order = new int[parts.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = draw.random().nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int i : order) {
                parts[i].write(draw, out);
            }
        }
    }

    private record Slot(String name) implements Node {
        @Override
        public void write(Draw draw, StringBuilder out) {
            out.append(draw.slot(name));
        }
    }

    private static final class Parser {
        private final String source;
        private int at;

        Parser(String source) {
            this.source = source;
        }

        Node alternatives(char close) {
            List<Node> options = new ArrayList<>();
            options.add(sequence(close));
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                options.add(sequence(close));
            }
            if (close != '\0') {
                if (at >= source.length() || source.charAt(at) != close) {
                    throw new IllegalArgumentException("missing '" + close + "' in " + source);
                }
                at++;
            }
            return options.size() == 1 ? options.get(0) : new Choice(options.toArray(Node[]::new));
        }

        private List<Node> parts(char close) {
            List<Node> options = new ArrayList<>();
            options.add(sequence(close));
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                options.add(sequence(close));
            }
            if (at >= source.length() || source.charAt(at) != close) {
                throw new IllegalArgumentException("missing '" + close + "' in " + source);
            }
            at++;
            return options;
        }

        private Node sequence(char close) {
            List<Node> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '|' || c == close || c == '}' || c == ']' || c == '>') {
                    break;
                }
                if (c == '{'
                        || c == '['
                        || c == '<'
                        || (c == '$' && at + 1 < source.length() && source.charAt(at + 1) == '{')) {
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    if (c == '{') {
                        at++;
                        parts.add(alternatives('}'));
                    } else if (c == '[') {
                        at++;
                        parts.add(new Maybe(alternatives(']')));
                    } else if (c == '<') {
                        at++;
                        parts.add(new Shuffle(parts('>').toArray(Node[]::new)));
                    } else {
                        int end = source.indexOf('}', at);
                        if (end < 0) {
                            throw new IllegalArgumentException("unclosed slot in " + source);
                        }
                        parts.add(new Slot(source.substring(at + 2, end)));
                        at = end + 1;
                    }
                    continue;
                }
                literal.append(c);
                at++;
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
            }
            return parts.size() == 1 ? parts.get(0) : new Sequence(parts.toArray(Node[]::new));
        }
    }
}
