/// English words that carry grammar rather than topic. They are left out of keyness and alignment and
/// weigh little in quote tracing, so that "the", "we" and "have" never make two passages look alike.
public enum FunctionWords {
    public static let all: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every",
        "few", "for", "from", "further", "get", "gets", "getting", "go", "goes", "going", "gone", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "like", "made", "make", "makes",
        "making", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
        "over", "own", "quite", "rather", "really", "said", "same", "say", "says", "she", "should", "since", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
        "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us",
        "very", "was", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "within", "without", "would", "yes", "yet", "you", "your", "yours",
        "yourself", "yourselves", "take", "takes", "taken", "taking", "took", "want", "way", "thing", "things",
        "okay", "oh", "ll", "ve", "re", "s", "t", "d", "m",
        // Contractions as the tokenizer keeps them (apostrophe inside the word).
        "it's", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll", "we'd", "you're", "you've", "you'll",
        "they're", "they've", "they'll", "that's", "there's", "here's", "what's", "who's", "let's", "don't",
        "doesn't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
        "wouldn't", "shouldn't", "couldn't", "he's", "she's",
    ]

    /// True for a folded (lower-case, accent-free) word that is a function word.
    public static func contains(_ folded: String) -> Bool { all.contains(folded) }
}
