package org.cls.contract.geo;

import java.util.Map;
import java.util.TreeMap;

/** The régions and départements of the Code officiel géographique (INSEE, 2024). */
public final class InseeCodes {

    /** Région code → its départements. */
    private static final Map<String, String[]> REGIONS = Map.ofEntries(
            Map.entry("01", new String[] {"971"}),
            Map.entry("02", new String[] {"972"}),
            Map.entry("03", new String[] {"973"}),
            Map.entry("04", new String[] {"974"}),
            Map.entry("06", new String[] {"976"}),
            Map.entry("11", new String[] {"75", "77", "78", "91", "92", "93", "94", "95"}),
            Map.entry("24", new String[] {"18", "28", "36", "37", "41", "45"}),
            Map.entry("27", new String[] {"21", "25", "39", "58", "70", "71", "89", "90"}),
            Map.entry("28", new String[] {"14", "27", "50", "61", "76"}),
            Map.entry("32", new String[] {"02", "59", "60", "62", "80"}),
            Map.entry("44", new String[] {"08", "10", "51", "52", "54", "55", "57", "67", "68", "88"}),
            Map.entry("52", new String[] {"44", "49", "53", "72", "85"}),
            Map.entry("53", new String[] {"22", "29", "35", "56"}),
            Map.entry("75", new String[] {"16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"}),
            Map.entry("76", new String[] {"09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"}),
            Map.entry("84", new String[] {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}),
            Map.entry("93", new String[] {"04", "05", "06", "13", "83", "84"}),
            Map.entry("94", new String[] {"2A", "2B"}));

    /** Département code → région code. */
    private static final Map<String, String> DEPARTEMENT_REGION = new TreeMap<>();

    static {
        REGIONS.forEach((region, departements) -> {
            for (String d : departements) {
                DEPARTEMENT_REGION.put(d, region);
            }
        });
    }

    private InseeCodes() {
    }

    public static boolean isRegion(String code) {
        return code != null && REGIONS.containsKey(code);
    }

    public static boolean isDepartement(String code) {
        return code != null && DEPARTEMENT_REGION.containsKey(code);
    }

    public static String regionOf(String departement) {
        return DEPARTEMENT_REGION.get(departement);
    }

    public static Map<String, String> departementRegions() {
        return DEPARTEMENT_REGION;
    }

    /** A commune code is 5 characters: its département (2 chars, or 3 overseas) then a number. */
    public static boolean isCommuneFormat(String code) {
        return code != null && code.matches("(\\d{2}|2A|2B)\\d{3}") && !code.startsWith("00")
                && !(code.startsWith("20"));
    }

    /** The département of a well-formed commune code. */
    public static String departementOfCommune(String code) {
        return code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
    }
}
