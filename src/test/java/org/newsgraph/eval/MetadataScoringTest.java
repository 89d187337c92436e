package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MetadataScoringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean creditMatches(String expected, String predicted) throws Exception {
        JsonNode gold = JSON.readTree("{\"metadata\":{\"imageCredit\":\"" + expected + "\"}}");
        JsonNode output = JSON.readTree("{\"image\":{\"creditText\":\"" + predicted + "\"}}");
        return MetadataScoring.score(gold, output).get("imageCredit");
    }

    @Test
    void aCreditPrintedWithViaIsTheGuidesNameSlashAgency() throws Exception {
        assertTrue(creditMatches("Scott Olson/Getty Images", "Scott Olson via Getty Images"));
        assertTrue(creditMatches("Scott Olson / Getty Images", "scott olson/getty images"));
    }

    @Test
    void anotherPhotographerIsAnotherCredit() throws Exception {
        assertFalse(creditMatches("Scott Olson/Getty Images", "Paras Griffin via Getty Images"));
        assertFalse(creditMatches("Scott Olson/Getty Images", "Scott Olson"));
    }
}
