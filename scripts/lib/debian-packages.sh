# Sourced by the scripts: installs the Debian packages a command needs when they are missing.
# Needs root or sudo for the install; prints what is missing and stops otherwise.

# JDK 17 and what ./mvnw needs to fetch Maven on a fresh machine.
ANJUNGAN_BUILD_PACKAGES="openjdk-17-jdk-headless ca-certificates curl unzip"

# A real JavaFX window: GTK, and the font the kiosk's CSS names.
ANJUNGAN_UI_PACKAGES="libgtk-3-0 fonts-dejavu-core"

# The real rigs of design/TEST-RIGS.md: socat ptys, pcscd virtual cards, CUPS-PDF, zbar,
# poppler, qpdf, Xvfb, ImageMagick and GTK for JavaFX windows, a font with Indonesian glyphs.
ANJUNGAN_TEST_PACKAGES="socat pcscd vsmartcard-vpcd cups cups-bsd printer-driver-cups-pdf \
zbar-tools poppler-utils qpdf xvfb x11-apps imagemagick libgtk-3-0 fonts-dejavu-core"

anjungan_missing_packages() {
  local pkg missing=""
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $pkg"
    fi
  done
  printf '%s' "${missing# }"
}

anjungan_ensure_packages() {
  local missing
  # shellcheck disable=SC2086
  missing=$(anjungan_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "These Debian packages are needed but apt-get is not here: $missing" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install as root: apt-get install $missing" >&2
      return 1
    fi
  fi
  echo "Installing Debian packages: $missing"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}
