/// The words the sentence segmenter knows, folded (lower case, no accents), by the role they play at a full stop.
enum Abbreviations {
    /// Titles before a name ("M. Dupont", "Dr. Smith", "Mt. Fuji"): a full stop after one, written with a capital,
    /// never ends a sentence.
    static let titles = FoldedKey.set([
        "m", "mm", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "drs", "pr", "prof", "st", "ste", "sts", "stes", "mt", "ft",
        "mr", "mrs", "ms", "messrs", "gen", "gal", "gen", "sen", "rep", "gov", "capt", "cpt", "col", "lt", "sgt", "rev", "hon",
        "pres", "supt", "cmdr", "cdt", "adm", "maj", "cpl", "insp", "det", "fr", "sr", "sra", "mgr", "rt", "cne", "brig",
    ])

    /// Titles that only one language uses; "Me" (Maître) would be the English object pronoun.
    static let frenchOnlyTitles = FoldedKey.set(["me", "mes"])

    /// Abbreviations after which the sentence always goes on ("cf. Le Monde", "Roe v. Wade", "av. J.-C.").
    static let alwaysInner = FoldedKey.set([
        "cf", "vs", "v", "av", "apr", "viz", "e.g", "i.e", "c.-a-d", "c.a.d", "resp", "ibid", "op", "loc", "cit", "sq", "sqq",
    ])

    /// Abbreviations that go on before a number ("p. 55", "art. 12", "N°. 1026", "Jan. 5", "env. 300").
    static let beforeNumber = FoldedKey.set([
        "p", "pp", "art", "arts", "no", "nos", "n°", "nº", "num", "vol", "vols", "ch", "chap", "fig", "figs", "t", "c", "ca",
        "env", "approx", "ed", "eds", "eq", "sect", "para", "al", "tel", "fax", "ex", "min", "max", "nr", "pt", "pts", "ref",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fev", "fevr", "avr",
        "juil", "op", "reg", "dept",
    ])

    /// Words that usually open a sentence. After an ambiguous full stop ("U.S.", "a.m.", an initial), one of
    /// them tips the balance towards a boundary ("I live in the U.S. How about you?").
    static let sentenceStarters = FoldedKey.set([
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "how",
        "what", "why", "when", "where", "who", "but", "and", "so", "if", "in", "on", "at", "as", "his", "her", "their", "our",
        "my", "its", "then", "however", "after", "before", "meanwhile", "mr", "mrs", "ms", "dr",
        "le", "la", "les", "l'", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "ce", "c'", "cette", "ces",
        "mais", "et", "en", "un", "une", "des", "dans", "pour", "selon", "depuis", "cela", "ca", "puis", "ensuite", "au",
        "aux", "du", "d'", "son", "sa", "ses", "leur", "leurs", "m", "mme", "qu'", "quand", "pourtant", "toutefois", "or",
    ])

    /// Verbs of saying that, after a closed quotation, make the next words its attribution rather than a new
    /// sentence ("Is it over?" Smith asked.).
    static let attributionVerbs = FoldedKey.set([
        "said", "says", "say", "asked", "asks", "added", "adds", "replied", "replies", "told", "explained", "explains",
        "wrote", "writes", "insisted", "continued", "answered", "noted", "notes", "warned", "warns", "recalled", "admitted",
        "argued", "claimed", "claims", "shouted", "whispered", "cried", "exclaimed", "declared", "stated", "observed",
        "remarked", "responded", "conceded", "acknowledged", "tweeted", "posted", "told",
    ])
}
