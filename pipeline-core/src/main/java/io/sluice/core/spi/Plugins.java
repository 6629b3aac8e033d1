package io.sluice.core.spi;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of plugins on the class path, found with {@link ServiceLoader} and keyed by type id.
 *
 * <pre>{@code
 * Optional<SourceFactory> netcdf = Plugins.installed().find(SourceFactory.class, "netcdf");
 * Set<String> splits = Plugins.installed().types(SplitFactory.class);   // [month, season, steps, year]
 * }</pre>
 */
public final class Plugins {
    private static final List<Class<? extends Plugin>> KINDS =
            List.of(SourceFactory.class, SplitFactory.class, StageFactory.class, SinkFactory.class);
    private static volatile Plugins installed;

    private final Map<Class<?>, Map<String, Plugin>> byKind = new ConcurrentHashMap<>();

    private Plugins(ClassLoader loader) {
        for (Class<? extends Plugin> kind : KINDS) {
            Map<String, Plugin> byType = new TreeMap<>();
            for (Plugin p : ServiceLoader.load(kind, loader)) {
                Plugin previous = byType.putIfAbsent(p.type(), p);
                if (previous != null && previous.getClass() != p.getClass()) {
                    throw new IllegalStateException("two " + kind.getSimpleName() + " plugins claim type '"
                            + p.type() + "': " + previous.getClass().getName() + " and " + p.getClass().getName());
                }
            }
            byKind.put(kind, Collections.unmodifiableMap(byType));
        }
    }

    /** The plugins visible to this library's class loader, loaded once. */
    public static Plugins installed() {
        Plugins p = installed;
        if (p == null) {
            synchronized (Plugins.class) {
                p = installed;
                if (p == null) {
                    p = new Plugins(Plugins.class.getClassLoader());
                    installed = p;
                }
            }
        }
        return p;
    }

    /** The plugin of {@code kind} with type id {@code type}. */
    public <F extends Plugin> Optional<F> find(Class<F> kind, String type) {
        return Optional.ofNullable(kind.cast(byKind.getOrDefault(kind, Map.of()).get(type)));
    }

    /** Every type id of {@code kind}, sorted. */
    public Set<String> types(Class<? extends Plugin> kind) {
        return byKind.getOrDefault(kind, Map.of()).keySet();
    }

    /** Every plugin of {@code kind}, by type id. */
    public <F extends Plugin> List<F> all(Class<F> kind) {
        return byKind.getOrDefault(kind, Map.of()).values().stream().map(kind::cast).toList();
    }
}
