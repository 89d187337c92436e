package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.entities.EntityStage;
import org.newsgraph.layout.LayoutPatterns;
import org.newsgraph.layout.LayoutStage;
import org.newsgraph.lexicon.Demonyms;

class PipelineTest {
    @Test
    void aStageWhoseInputNoEarlierStageAddsIsRefusedWhenBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new LayoutStage(new LayoutPatterns()), new EntityStage(new Demonyms()))));
        assertTrue(e.getMessage().contains("NAMED_ENTITIES"), e.getMessage());
    }

    @Test
    void aLayerAddedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new LayoutStage(new LayoutPatterns()), new LayoutStage(new LayoutPatterns()))));
    }
}
