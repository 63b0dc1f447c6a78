#!/usr/bin/env python3
"""Takes the README's screenshots with headless Chromium (Debian's chromium and chromium-driver,
selenium from PyPI): signs in through the real login form of a running `atrium serve`, then saves
the dashboard as PNG.

Usage: docs/screenshot.py URL EMAIL PASSWORD OUT.png [PATH] [WIDTH] [HEIGHT]
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

url, email, password, out = sys.argv[1:5]
path = sys.argv[5] if len(sys.argv) > 5 else "/"
width = int(sys.argv[6]) if len(sys.argv) > 6 else 1280
height = int(sys.argv[7]) if len(sys.argv) > 7 else 900

options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(url + "/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
    driver.get(url + path)
    driver.save_screenshot(out)
finally:
    driver.quit()
