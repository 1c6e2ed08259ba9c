# TrackerAudit in a container, on Microsoft's Playwright .NET image (Chromium and its system
# libraries included). Not built by CI here: the CI machines have no Docker engine.
#   docker build -t trackeraudit .
#   docker run --rm -v "$PWD/journeys:/work/journeys" -v "$PWD/reports:/work/reports" trackeraudit run journeys/
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig TrackerAudit.sln ./
COPY src/ src/
COPY journeys/ journeys/
# Self-contained: the Playwright image's own .NET version does not matter.
RUN dotnet publish src/TrackerAudit.Cli/TrackerAudit.Cli.csproj -c Release -r linux-x64 --self-contained -o /app

FROM mcr.microsoft.com/playwright/dotnet:v1.64.1-noble
# The Playwright image ships its browsers in /ms-playwright; TrackerAudit finds them there.
ENV PLAYWRIGHT_BROWSERS_PATH=/ms-playwright \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app /opt/trackeraudit
WORKDIR /work
ENTRYPOINT ["/opt/trackeraudit/TrackerAudit.Cli"]
CMD ["--help"]
