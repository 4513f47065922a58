package io.clearsky.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark table with the size, machine, date, commit and command it was measured with, written as Markdown
 * whose columns are padded so that it reads as plain text in a terminal too.
 */
record Table(Size size, List<Row> rows, List<String> notes, Provenance provenance) {

    static final List<String> HEADER = List.of("figure", "target", "measured", "peer (same run)", "ratio", "verdict");

    Table {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Where and how the figures were measured. */
    record Provenance(String machine, String date, String commit, String command) {}

    String toMarkdown() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row row : rows) {
            cells.add(List.of(
                    row.figure().name(),
                    row.targetText(),
                    row.measuredText(),
                    row.peersText(),
                    row.ratiosText(),
                    row.verdict(size).text()));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] =
                        Math.max(widths[column], escape(line.get(column)).length());
            }
        }
        StringBuilder md = new StringBuilder("# ClearSky benchmarks, ")
                .append(size.label())
                .append(" size\n\n");
        line(md, cells.get(0), widths);
        md.append('|');
        for (int width : widths) {
            md.append("-".repeat(width + 2)).append('|');
        }
        md.append('\n');
        cells.subList(1, cells.size()).forEach(line -> line(md, line, widths));
        md.append('\n');
        md.append("- size: ").append(size.describe()).append('\n');
        md.append("- machine: ").append(provenance.machine()).append('\n');
        md.append("- date: ").append(provenance.date()).append('\n');
        md.append("- commit: ").append(provenance.commit()).append('\n');
        md.append("- command: `").append(provenance.command()).append("`\n");
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    private static void line(StringBuilder md, List<String> line, int[] widths) {
        md.append('|');
        for (int column = 0; column < widths.length; column++) {
            String cell = escape(line.get(column));
            md.append(' ')
                    .append(cell)
                    .append(" ".repeat(widths[column] - cell.length()))
                    .append(" |");
        }
        md.append('\n');
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace('\n', ' ');
    }
}
