import GRDB

/// The corpus store's tables. Schema changes are new migrations; a database written by a newer parley
/// (a `user_version` above ours) or by another program (another `application_id`) is set aside, never read.
enum StoreSchema {
    /// `PRAGMA user_version` after the last migration.
    static let version = 7
    /// A database of a schema before this one is rewritten whole once migrated: a migration since left it sparse.
    static let compactSince = 7
    /// `PRAGMA application_id`: "PRLY".
    static let applicationID: Int32 = 0x5052_4C59

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            // One row per file read: how to tell it changed, what kind it was, and its parsed form (or why
            // it was not taken).
            try db.create(table: "file") { t in
                t.primaryKey("path", .text)
                t.column("size", .integer).notNull()
                t.column("mtime_ns", .integer).notNull()
                t.column("hash", .integer).notNull()
                t.column("format", .text).notNull()
                t.column("problem", .text)
                t.column("parsed", .blob)
            }
            // Every paragraph's searchable text (each note one space), where the full-text index reads it.
            try db.create(table: "paragraph") { t in
                t.primaryKey("id", .integer)
                t.column("path", .text).notNull().indexed().references("file", onDelete: .cascade)
                t.column("document", .text).notNull()
                t.column("turn", .integer)
                t.column("paragraph", .integer).notNull()
                t.column("text", .text).notNull()
            }
            try db.create(virtualTable: "paragraph_fts", using: FTS5()) { t in
                t.synchronize(withTable: "paragraph")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("text")
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // The speakers resolved for the corpus as it last was, under a key of its files' hashes.
        migrator.registerMigration("v2") { db in
            try db.create(table: "resolution") { t in
                t.primaryKey("key", .text)
                t.column("data", .blob).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // Each parsed file's source text and name words, apart from its parsed form: most commands never
        // read the text, a warm start reuses the speakers resolved before and so needs no name words, and
        // decoding both for every file was most of the time of reading a large corpus back.
        migrator.registerMigration("v3") { db in
            try db.create(table: "source") { t in
                t.primaryKey("path", .text).references("file", onDelete: .cascade)
                // The text's hash, as its document records it: a row rewritten since for other bytes is told
                // apart without hashing the text.
                t.column("hash", .integer).notNull()
                t.column("text", .text).notNull()
            }
            try db.alter(table: "file") { t in t.add(column: "names", .blob) }
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        // A file's turns and running text apart from its outline: a warm start reads every file's outline
        // and the text of only the documents it shows.
        migrator.registerMigration("v4") { db in
            try db.alter(table: "file") { t in t.add(column: "content", .blob) }
            try db.execute(sql: "PRAGMA user_version = 4")
        }
        // Results over the whole corpus (the quotes traced), under a key of its files' hashes.
        migrator.registerMigration("v5") { db in
            try db.create(table: "memo") { t in
                t.primaryKey("name", .text)
                t.column("key", .text).notNull()
                t.column("data", .blob).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = 5")
        }
        // The full-text index kept by the store rather than by triggers, so a whole corpus is indexed in one
        // statement: a row at a time through a trigger was most of the time of filling a new cache.
        migrator.registerMigration("v6") { db in
            for suffix in ["ai", "ad", "au"] { try db.execute(sql: "DROP TRIGGER IF EXISTS __paragraph_fts_\(suffix)") }
            try db.execute(sql: "PRAGMA user_version = 6")
        }
        // Each file's turns and name words in a table of their own. In the file row they made the rows
        // several pages each, and a warm start reads every row twice (to see what changed, then each
        // outline): ten times the pages it needs.
        migrator.registerMigration("v7") { db in
            try db.create(table: "file_content") { t in
                t.primaryKey("path", .text).references("file", onDelete: .cascade)
                t.column("content", .blob).notNull()
                t.column("names", .blob).notNull()
            }
            try db.execute(
                sql: """
                    INSERT INTO file_content(path, content, names)
                    SELECT path, content, names FROM file WHERE content IS NOT NULL AND names IS NOT NULL
                    """)
            try db.alter(table: "file") { t in
                t.drop(column: "content")
                t.drop(column: "names")
            }
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        return migrator
    }
}
