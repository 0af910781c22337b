-- tables, columns, indexes, views and triggers changed at once
-- [a]
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT, draft INTEGER DEFAULT 1);
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);
CREATE INDEX posts_user ON posts (user_id);
CREATE VIEW published AS SELECT id, title FROM posts WHERE draft = 0;
CREATE TRIGGER users_del AFTER DELETE ON users BEGIN DELETE FROM posts WHERE user_id = OLD.id; END;
INSERT INTO users VALUES (1, 'a@x', 'ann'), (2, 'b@x', 'bob');
INSERT INTO posts VALUES (1, 1, 'hello', 0), (2, 2, 'draft', 1);
INSERT INTO tags VALUES (1, 'news');
-- [b]
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT, created TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE, title TEXT NOT NULL DEFAULT '', draft INTEGER DEFAULT 0, body TEXT);
CREATE TABLE comments (id INTEGER PRIMARY KEY AUTOINCREMENT, post_id INTEGER NOT NULL REFERENCES posts (id), body TEXT);
CREATE INDEX posts_user ON posts (user_id, draft);
CREATE INDEX comments_post ON comments (post_id);
CREATE VIEW published AS SELECT id, title, body FROM posts WHERE draft = 0;
CREATE VIEW counts AS SELECT p.id, count(c.id) AS n FROM published p LEFT JOIN comments c ON c.post_id = p.id GROUP BY p.id;
