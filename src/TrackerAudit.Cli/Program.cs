using TrackerAudit.Cli;

return await CliApp.RunAsync(args).ConfigureAwait(false);
