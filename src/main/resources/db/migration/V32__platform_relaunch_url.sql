-- Issue 13: where a launch of a platform other than Moodle starts again in a new window when the browser blocked the
-- tool's cookie inside the platform's frame (a URL template with the launch's claims; null: none).
alter table lti_platform add column relaunch_url_template varchar(2000);
