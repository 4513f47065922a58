package io.clearsky.stream;

import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.warning.IndexWatchlist;
import io.clearsky.core.warning.Watchlist;
import io.clearsky.core.warning.WatchlistSnapshot;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.functions.RuntimeContext;

/** How the keyed rules get their watchlist once they start on a task manager. */
@FunctionalInterface
interface WatchlistLoader extends Serializable {

    /** The name the snapshot is registered under in Flink's distributed cache. */
    String CACHED_FILE = "clearsky-watchlist";

    Watchlist load(RuntimeContext context) throws IOException;

    /**
     * The snapshot the job registered in Flink's distributed cache ({@code env.registerCachedFile}), which Flink copies
     * to every task manager. Every subtask of the job on one task manager shares one index.
     */
    static WatchlistLoader fromDistributedCache() {
        return context -> Snapshots.load(context.getDistributedCache().getFile(CACHED_FILE));
    }

    /** The loaded snapshots of this task manager, by file; the job's class loader holds them. */
    final class Snapshots {

        private static final Map<String, Watchlist> LOADED = new ConcurrentHashMap<>();

        private Snapshots() {}

        static Watchlist load(File file) throws IOException {
            String id = file.getCanonicalPath() + "|" + file.length() + "|" + file.lastModified();
            try {
                return LOADED.computeIfAbsent(id, ignored -> read(file));
            } catch (IllegalArgumentException e) {
                throw new IOException("cannot read the watchlist snapshot " + file + ": " + e.getMessage(), e);
            }
        }

        private static Watchlist read(File file) {
            // about 40 bytes a line; the index grows if that guess is short
            int expected = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1_024, file.length() / 40));
            try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
                IndicatorIndex index = WatchlistSnapshot.read(reader, expected);
                return new IndexWatchlist(index);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
