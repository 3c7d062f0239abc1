/// The states and countries a dateline names after a city, to tell `Beverly Hills, California` on a line
/// of its own from any other pair of capitalised words with a comma.
enum Places {
    static let regions: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "D.C.", "DC", "D.C", "Puerto Rico",
        "Mexico", "Canada", "United Kingdom", "UK", "England", "Scotland", "France", "Germany", "Belgium", "Italy", "Spain",
        "Japan", "China", "India", "Brazil", "Guatemala", "Honduras", "El Salvador", "Colombia", "Argentina", "Chile", "Peru",
        "Switzerland", "Austria", "Netherlands", "Poland", "Ukraine", "Russia", "Turkey", "Israel", "Egypt", "Jordan",
        "Saudi Arabia", "Qatar", "Kenya", "Nigeria", "South Africa", "Australia", "New Zealand", "Philippines", "Vietnam",
        "South Korea", "Korea", "Indonesia", "Pakistan", "Afghanistan", "Iraq", "Cuba", "Panama", "Ireland", "Norway", "Sweden",
        "Denmark", "Finland", "Portugal", "Greece",
    ]

    static func isRegion(_ name: String) -> Bool { regions.contains(name) }
}
