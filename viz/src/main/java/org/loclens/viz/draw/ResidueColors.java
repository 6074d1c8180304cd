package org.loclens.viz.draw;

import java.awt.Color;
import java.util.Map;

/**
 * The one colour table for amino acids, the "chemistry" scheme of WebLogo and Logomaker: polar
 * residues green, amides purple, basic blue, acidic red, hydrophobic black (Crooks et al. 2004,
 * WebLogo; Tareen &amp; Kinney 2020, Logomaker {@code color_scheme='chemistry'}, whose named
 * matplotlib colours are used here exactly).
 */
public final class ResidueColors {

    /** The 20 standard amino acids in the model's encoding order. */
    public static final String ALPHABET = "ACDEFGHIKLMNPQRSTVWY";

    private static final Color POLAR = new Color(0x008000);       // matplotlib "green"
    private static final Color NEUTRAL = new Color(0x800080);     // matplotlib "purple"
    private static final Color BASIC = new Color(0x0000FF);       // matplotlib "blue"
    private static final Color ACIDIC = new Color(0xFF0000);      // matplotlib "red"
    private static final Color HYDROPHOBIC = new Color(0x000000); // matplotlib "black"
    /** Unknown residues (X, B, Z, U, gaps). */
    private static final Color OTHER = new Color(0x999999);

    private static final Map<Character, Color> TABLE = Map.ofEntries(
            Map.entry('A', HYDROPHOBIC), // alanine
            Map.entry('C', POLAR),       // cysteine
            Map.entry('D', ACIDIC),      // aspartate
            Map.entry('E', ACIDIC),      // glutamate
            Map.entry('F', HYDROPHOBIC), // phenylalanine
            Map.entry('G', POLAR),       // glycine: with the polar group, as in WebLogo
            Map.entry('H', BASIC),       // histidine
            Map.entry('I', HYDROPHOBIC), // isoleucine
            Map.entry('K', BASIC),       // lysine
            Map.entry('L', HYDROPHOBIC), // leucine
            Map.entry('M', HYDROPHOBIC), // methionine
            Map.entry('N', NEUTRAL),     // asparagine
            Map.entry('P', HYDROPHOBIC), // proline
            Map.entry('Q', NEUTRAL),     // glutamine
            Map.entry('R', BASIC),       // arginine
            Map.entry('S', POLAR),       // serine
            Map.entry('T', POLAR),       // threonine
            Map.entry('V', HYDROPHOBIC), // valine
            Map.entry('W', HYDROPHOBIC), // tryptophan
            Map.entry('Y', POLAR));      // tyrosine

    private ResidueColors() {
    }

    /** Returns the colour of a one-letter residue code (either case); grey for anything else. */
    public static Color of(char residue) {
        return TABLE.getOrDefault(Character.toUpperCase(residue), OTHER);
    }
}
