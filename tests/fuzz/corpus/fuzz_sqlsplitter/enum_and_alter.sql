CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE person ADD COLUMN current_mood mood;
ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok';
