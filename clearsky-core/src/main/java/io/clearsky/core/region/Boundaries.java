package io.clearsky.core.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Maps a WGS-84 coordinate to the administrative division whose boundary holds it. {@link #shipped()} is the table
 * ClearSky ships: city-level (地级) divisions nationwide and the districts of the four municipalities, from the map
 * data of the Apache ECharts 4.9.0 npm package (Apache-2.0), simplified to about 500 m; {@code
 * clearsky-core/boundaries/README.md} says where it comes from, how it was built and what it lacks.
 */
public final class Boundaries {

    /** The resource {@link #shipped()} reads, in {@link #read}'s format. */
    public static final String SHIPPED = "/io/clearsky/core/region/boundaries.tsv.gz";

    /** How far outside every boundary a point may lie and still be put in the nearest division, in degrees. */
    public static final double SNAP_DEGREES = 0.02;

    // How: every division is a set of rings in integers of 1/1024 degree (the source's own precision). A point is in
    // a division when it lies inside an odd number of its rings (even-odd), which reads the source's holes and its
    // islands-filed-as-extra-rings alike. A uniform grid of CELL-degree cells over the rings' extent lists, per cell,
    // the rings whose bounding box touches it; a lookup tests only those, bounding box first, then a ray cast
    // (W. R. Franklin's PNPOLY). Boundaries simplified apart leave slivers between neighbours up to the tolerance
    // wide, and a phone on a beach lies a little outside the coast: a point in no division goes to the division of
    // the nearest edge within SNAP_DEGREES, looked up in the cells around it.
    private static final int SCALE = 1024;
    private static final int CELL = SCALE / 4;
    private static final int SNAP = (int) Math.ceil(SNAP_DEGREES * SCALE);

    private final Division[] divisions;
    private final Map<String, Division> byCode;
    private final int[][] ringX;
    private final int[][] ringY;
    private final int[] ringDivision;
    private final int[] ringBox; // minX, minY, maxX, maxY per ring
    private final int originX;
    private final int originY;
    private final int columns;
    private final int rows;
    private final int[][] cells;

    /** One division of the table: its code and the name the source gives it. */
    public record Division(RegionCode code, String name) {}

    private Boundaries(List<Division> divisions, List<int[]> xs, List<int[]> ys, List<Integer> owners) {
        this.divisions = divisions.toArray(Division[]::new);
        Map<String, Division> codes = new LinkedHashMap<>();
        for (Division division : divisions) {
            codes.put(division.code().code(), division);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        int rings = xs.size();
        this.ringX = xs.toArray(int[][]::new);
        this.ringY = ys.toArray(int[][]::new);
        this.ringDivision = owners.stream().mapToInt(Integer::intValue).toArray();
        this.ringBox = new int[rings * 4];
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int r = 0; r < rings; r++) {
            int[] x = ringX[r];
            int[] y = ringY[r];
            int bx0 = Integer.MAX_VALUE;
            int by0 = Integer.MAX_VALUE;
            int bx1 = Integer.MIN_VALUE;
            int by1 = Integer.MIN_VALUE;
            for (int i = 0; i < x.length; i++) {
                bx0 = Math.min(bx0, x[i]);
                by0 = Math.min(by0, y[i]);
                bx1 = Math.max(bx1, x[i]);
                by1 = Math.max(by1, y[i]);
            }
            ringBox[r * 4] = bx0;
            ringBox[r * 4 + 1] = by0;
            ringBox[r * 4 + 2] = bx1;
            ringBox[r * 4 + 3] = by1;
            minX = Math.min(minX, bx0);
            minY = Math.min(minY, by0);
            maxX = Math.max(maxX, bx1);
            maxY = Math.max(maxY, by1);
        }
        this.originX = rings == 0 ? 0 : minX - SNAP;
        this.originY = rings == 0 ? 0 : minY - SNAP;
        this.columns = rings == 0 ? 0 : (maxX + SNAP - originX) / CELL + 1;
        this.rows = rings == 0 ? 0 : (maxY + SNAP - originY) / CELL + 1;
        List<List<Integer>> lists = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            lists.add(new ArrayList<>(2));
        }
        for (int r = 0; r < rings; r++) {
            int c0 = (ringBox[r * 4] - originX) / CELL;
            int r0 = (ringBox[r * 4 + 1] - originY) / CELL;
            int c1 = (ringBox[r * 4 + 2] - originX) / CELL;
            int r1 = (ringBox[r * 4 + 3] - originY) / CELL;
            for (int row = r0; row <= r1; row++) {
                for (int column = c0; column <= c1; column++) {
                    lists.get(row * columns + column).add(r);
                }
            }
        }
        this.cells = new int[lists.size()][];
        for (int i = 0; i < lists.size(); i++) {
            cells[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The table ClearSky ships, read from the classpath. */
    public static Boundaries shipped() {
        try (InputStream in = Boundaries.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a gzipped table: one division a line, {@code code TAB name TAB ring;ring;...}, where a ring is {@code
     * x0,y0,dx1,dy1,...} in integers of 1/1024 degree (longitude, latitude), each point after the first a step from
     * the one before.
     */
    public static Boundaries read(InputStream gzipped) throws IOException {
        List<Division> divisions = new ArrayList<>();
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                throw new IOException("a boundary line is code, name and rings: " + abbreviate(line));
            }
            int owner = divisions.size();
            divisions.add(new Division(RegionCode.parse(fields[0]), fields[1]));
            for (String ring : fields[2].split(";")) {
                String[] numbers = ring.split(",");
                if (numbers.length < 8 || numbers.length % 2 != 0) {
                    throw new IOException("a ring needs at least four points in " + fields[0]);
                }
                int[] x = new int[numbers.length / 2];
                int[] y = new int[numbers.length / 2];
                int px = 0;
                int py = 0;
                for (int i = 0; i < x.length; i++) {
                    px += Integer.parseInt(numbers[2 * i]);
                    py += Integer.parseInt(numbers[2 * i + 1]);
                    x[i] = px;
                    y[i] = py;
                }
                xs.add(x);
                ys.add(y);
                owners.add(owner);
            }
        }
        return new Boundaries(divisions, xs, ys, owners);
    }

    /**
     * The division holding the point, or the division of the nearest boundary within {@value #SNAP_DEGREES} degrees;
     * empty out of every one (at sea, abroad).
     *
     * @throws IllegalArgumentException when the latitude is outside [-90, 90] or the longitude outside [-180, 180]
     */
    public Optional<Division> locate(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
        double x = longitude * SCALE;
        double y = latitude * SCALE;
        int column = (int) Math.floor((x - originX) / CELL);
        int row = (int) Math.floor((y - originY) / CELL);
        if (column < 0 || row < 0 || column >= columns || row >= rows) {
            return Optional.empty();
        }
        int inside = inside(cells[row * columns + column], x, y);
        if (inside >= 0) {
            return Optional.of(divisions[inside]);
        }
        return Optional.ofNullable(nearest(column, row, x, y));
    }

    /** The shipped division with this code, if the table has it. */
    public Optional<Division> division(RegionCode code) {
        return Optional.ofNullable(byCode.get(code.code()));
    }

    /** Every division of the table, by code. */
    public List<Division> divisions() {
        return List.copyOf(Arrays.asList(divisions));
    }

    /** How many ring points the table holds, for the documentation and the benchmark. */
    public int points() {
        int points = 0;
        for (int[] ring : ringX) {
            points += ring.length;
        }
        return points;
    }

    private int inside(int[] candidates, double x, double y) {
        // even-odd per division: the candidates of one division are adjacent in ring order, so count crossings of
        // each division's rings until the next division starts
        int current = -1;
        boolean odd = false;
        for (int ring : candidates) {
            int owner = ringDivision[ring];
            if (owner != current) {
                if (odd) {
                    return current;
                }
                current = owner;
                odd = false;
            }
            int b = ring * 4;
            if (x < ringBox[b] || y < ringBox[b + 1] || x > ringBox[b + 2] || y > ringBox[b + 3]) {
                continue;
            }
            if (contains(ringX[ring], ringY[ring], x, y)) {
                odd = !odd;
            }
        }
        return odd ? current : -1;
    }

    private static boolean contains(int[] xs, int[] ys, double x, double y) {
        boolean in = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = ys[i];
            double yj = ys[j];
            if ((yi > y) != (yj > y)) {
                double crossing = (xs[j] - xs[i]) * (y - yi) / (yj - yi) + xs[i];
                if (x < crossing) {
                    in = !in;
                }
            }
        }
        return in;
    }

    private @Nullable Division nearest(int column, int row, double x, double y) {
        double best = (double) SNAP * SNAP;
        int found = -1;
        int reach = SNAP / CELL + 1;
        for (int r = Math.max(0, row - reach); r <= Math.min(rows - 1, row + reach); r++) {
            for (int c = Math.max(0, column - reach); c <= Math.min(columns - 1, column + reach); c++) {
                for (int ring : cells[r * columns + c]) {
                    int b = ring * 4;
                    if (x < ringBox[b] - SNAP
                            || y < ringBox[b + 1] - SNAP
                            || x > ringBox[b + 2] + SNAP
                            || y > ringBox[b + 3] + SNAP) {
                        continue;
                    }
                    double distance = squaredDistance(ringX[ring], ringY[ring], x, y);
                    if (distance < best) {
                        best = distance;
                        found = ringDivision[ring];
                    }
                }
            }
        }
        return found < 0 ? null : divisions[found];
    }

    private static double squaredDistance(int[] xs, int[] ys, double x, double y) {
        double best = Double.MAX_VALUE;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double ax = xs[j];
            double ay = ys[j];
            double dx = xs[i] - ax;
            double dy = ys[i] - ay;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
            double ex = ax + t * dx - x;
            double ey = ay + t * dy - y;
            best = Math.min(best, ex * ex + ey * ey);
        }
        return best;
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
