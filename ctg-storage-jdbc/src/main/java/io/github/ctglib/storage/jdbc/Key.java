package io.github.ctglib.storage.jdbc;

/** A revision of a convention: the key of every row it has. */
record Key(String id, long version) {}
