#!/usr/bin/env bash
# Makes an OpenCL device available to CayleyJ's OpenCL backend (growth --backend opencl|auto).
#
#   gpu/setup-opencl.sh          NVIDIA host (nvidia-smi works): check the NVIDIA OpenCL ICD and the ICD loader,
#                                installing only the loader (ocl-icd-libopencl1) if it is missing;
#                                any other host: install PoCL, a real OpenCL device on the CPU (Debian/Ubuntu apt).
#   gpu/setup-opencl.sh --pocl   install PoCL even on an NVIDIA host (a second, CPU device).
#   gpu/setup-opencl.sh --check  install nothing; report what is there and exit 1 if no ICD is registered.
#
# Needs root or sudo for apt. Aparapi's native library links only to libOpenCL.so.1 (the ICD loader), which
# dispatches to the drivers registered in /etc/OpenCL/vendors/*.icd.
set -euo pipefail
mode="${1:-auto}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

have_loader() {
  local d
  for d in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /usr/lib64 /usr/lib /usr/local/lib; do
    if [ -e "$d/libOpenCL.so.1" ]; then echo "$d/libOpenCL.so.1"; return 0; fi
  done
  return 1
}

apt_install() {
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

report() {
  echo "ICD loader: $(have_loader || echo 'missing (libOpenCL.so.1)')"
  echo "registered ICDs: $(ls /etc/OpenCL/vendors/ 2>/dev/null | tr '\n' ' ' || true)"
  if command -v clinfo >/dev/null 2>&1; then clinfo -l || true; fi
}

case "$mode" in
  --check)
    report
    ls /etc/OpenCL/vendors/*.icd >/dev/null 2>&1
    ;;
  --pocl)
    apt_install ocl-icd-libopencl1 pocl-opencl-icd clinfo
    report
    ;;
  auto)
    if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
      nvidia-smi -L
      if [ ! -e /etc/OpenCL/vendors/nvidia.icd ]; then
        echo "setup-opencl: NVIDIA GPU found but /etc/OpenCL/vendors/nvidia.icd is missing." >&2
        echo "  The NVIDIA driver package ships the OpenCL ICD (libnvidia-opencl / nvidia-opencl-icd);" >&2
        echo "  in a container, run it with the NVIDIA runtime and NVIDIA_DRIVER_CAPABILITIES=compute,utility," >&2
        echo "  or create the file yourself: echo libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd" >&2
        exit 1
      fi
      if ! have_loader >/dev/null; then
        apt_install ocl-icd-libopencl1
      fi
      report
    else
      if have_loader >/dev/null && ls /etc/OpenCL/vendors/*.icd >/dev/null 2>&1; then
        echo "setup-opencl: an OpenCL driver is already registered; nothing to install"
      else
        apt_install ocl-icd-libopencl1 pocl-opencl-icd clinfo
      fi
      report
    fi
    ;;
  *)
    echo "usage: gpu/setup-opencl.sh [--check|--pocl]" >&2
    exit 2
    ;;
esac
echo "next: ./cayley devices   (lists the devices and the one --backend auto would pick)"
