#!/usr/bin/env bash
# Builds the reference site into artifacts/site: the guides of docs/, the runtime's API from its XML docs, and the API
# the generator makes for samples/CertificateRequest. Every warning is an error: a broken link, an unresolved
# cross-reference, a doc comment docfx cannot read, and (the compiler's CS1591) a public member without one.
# Needs the .NET SDK and NuGet only: `dotnet tool restore` installs docfx from .config/dotnet-tools.json.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet tool restore
# docfx reads the sample's generated code by loading the generator from generator/bin/Release, so that build comes
# first. The sample's documentation file makes the compiler check every generated public member for a doc comment.
dotnet build samples/CertificateRequest -c Release
rm -rf docs/api docs/sample-api artifacts/site
dotnet docfx metadata docfx.json --warningsAsErrors
dotnet docfx build docfx.json --warningsAsErrors
test -f artifacts/site/index.html
echo "The site is in artifacts/site (start page: artifacts/site/index.html)."
