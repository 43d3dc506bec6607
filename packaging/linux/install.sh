#!/bin/sh
# Install MTK Admin Desktop from this unpacked archive.
#   sudo ./install.sh        -> /opt/mtk-admin-desktop, menu entry for every user
#   ./install.sh --user      -> ~/.local/opt/mtk-admin-desktop, menu entry for this user only
# Upgrading is the same command: the program folder is replaced, user data (in ~/.local/share) is not touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=mtk-admin-desktop
if [ "${1:-}" = "--user" ]; then
  prefix="${HOME}/.local/opt/${app_id}"
  apps="${XDG_DATA_HOME:-${HOME}/.local/share}/applications"
else
  if [ "$(id -u)" != "0" ]; then
    echo "Run as root (sudo ./install.sh) for all users, or ./install.sh --user for yourself." >&2
    exit 1
  fi
  prefix="/opt/${app_id}"
  apps="/usr/share/applications"
fi
mkdir -p "$(dirname "$prefix")" "$apps"
# Copy beside the old folder and swap, so a failed copy never leaves a half-installed program.
rm -rf "${prefix}.new"
cp -a "${here}/${app_id}" "${prefix}.new"
cp "${here}/${app_id}.png" "${prefix}.new/${app_id}.png"
rm -rf "${prefix}.old"
if [ -d "$prefix" ]; then mv "$prefix" "${prefix}.old"; fi
mv "${prefix}.new" "$prefix"
rm -rf "${prefix}.old"
sed -e "s|/opt/${app_id}|${prefix}|g" "${here}/${app_id}.desktop" > "${apps}/${app_id}.desktop"
chmod 644 "${apps}/${app_id}.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Installed in ${prefix}; menu entry ${apps}/${app_id}.desktop"
