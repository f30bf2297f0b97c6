# Copy to backends.vcl in a folder on varnishd's vcl_path and name your app servers.
# kizuna.vcl uses the director `app` and the access list `purgers`.
backend app1 {
    .host = "10.0.0.11";
    .port = "8000";
    .probe = { .url = "/healthz"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}
backend app2 {
    .host = "10.0.0.12";
    .port = "8000";
    .probe = { .url = "/healthz"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}

# The app servers, which send PURGE after an editor's change.
acl purgers {
    "10.0.0.0"/24;
    "127.0.0.1";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}
