-- Revision ID: ${up_revision}
-- Revises: ${down_revision | comma,n}
% if branch_labels:
-- Branch labels: ${branch_labels | comma,n}
% endif
% if depends_on:
-- Depends on: ${depends_on | comma,n}
% endif
-- Create Date: ${create_date}
-- Message: ${message | sql_comment}

-- migrate:upgrade


-- migrate:downgrade
