-- a blog schema: a boolean replaced by an enum, a generated tsvector, a trigger, a changed FK action
-- [a]
CREATE SCHEMA blog;
CREATE TABLE blog.authors (id integer PRIMARY KEY, handle text NOT NULL UNIQUE);
CREATE TABLE blog.posts (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES blog.authors,
    title text NOT NULL,
    body text,
    published boolean DEFAULT false
);
CREATE TABLE blog.tags (post_id integer REFERENCES blog.posts ON DELETE CASCADE, tag text);
CREATE INDEX tags_tag_idx ON blog.tags (tag);
CREATE VIEW blog.published_posts AS SELECT id, title FROM blog.posts WHERE published;
-- [b]
CREATE SCHEMA blog;
CREATE TYPE blog.post_state AS ENUM ('draft', 'review', 'live');
CREATE TABLE blog.authors (id integer PRIMARY KEY, handle text NOT NULL UNIQUE, bio text);
CREATE TABLE blog.posts (
    id integer PRIMARY KEY,
    author_id integer NOT NULL REFERENCES blog.authors ON DELETE CASCADE,
    title varchar(200) NOT NULL,
    body text,
    state blog.post_state DEFAULT 'draft' NOT NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX posts_search_idx ON blog.posts USING gin (search);
CREATE TABLE blog.tags (post_id integer REFERENCES blog.posts ON DELETE CASCADE, tag text, PRIMARY KEY (post_id, tag));
CREATE VIEW blog.published_posts AS SELECT id, title, author_id FROM blog.posts WHERE state = 'live';
CREATE FUNCTION blog.touch_title() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.title := btrim(NEW.title);
    RETURN NEW;
END;
$$;
CREATE TRIGGER posts_trim_title BEFORE INSERT OR UPDATE OF title ON blog.posts FOR EACH ROW EXECUTE FUNCTION blog.touch_title();
