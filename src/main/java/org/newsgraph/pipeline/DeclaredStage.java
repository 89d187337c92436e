package org.newsgraph.pipeline;

import java.util.Set;
import org.newsgraph.model.Layer;

/** A stage whose name and layer contract are given once, when it is constructed. */
public abstract class DeclaredStage implements Stage {
    private final String name;
    private final Set<Layer> requires;
    private final Set<Layer> adds;

    protected DeclaredStage(String name, Set<Layer> requires, Set<Layer> adds) {
        this.name = name;
        this.requires = Set.copyOf(requires);
        this.adds = Set.copyOf(adds);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<Layer> requires() {
        return requires;
    }

    @Override
    public final Set<Layer> adds() {
        return adds;
    }
}
