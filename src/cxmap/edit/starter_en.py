"""The English starter map written by ``cxmap init`` (placeholders in @...@)."""

TEXT = """\
# yaml-language-server: $schema=@SCHEMA@
# A customer journey map in the cxmap format, version 1. Edit it, then:
#   cxmap validate @NAME@                  check it (every problem as FILE:LINE:COL)
#   cxmap render @NAME@ -o journey.svg     draw it
#   cxmap report @NAME@ -o report.md       a report for management and owners
#   cxmap fmt @NAME@                       keep the layout canonical
# The schema line above lets editors (VS Code + YAML extension) check and complete
# keys as you type; `cxmap schema -o cxmap.schema.json` writes the schema file.
# Keys are camelCase; an unknown key is an error, so typos do not pass silently.
cxmap: 1  # the format version: always 1
id: coffee-machine  # the journey's id: letters, digits, '-' and '_'
title: Buying a coffee machine
description: From the first advert to the first repair under warranty.
persona: Home barista, 30-45, buys online or in a store
scoredOn: @SCORED_ON@  # when this research wave scored the touchpoints (YYYY-MM-DD)
language: en  # the language of reports and drawings: en or pl

# Departments own touchpoints and projects: with this list, every `owner` must be
# one of these ids. The ambassador keeps the CX work alive in the department.
departments:
  - id: marketing
    name: Marketing
    ambassador: Anna Smith
  - id: sales
    name: Sales
    ambassador: Peter Brown
  - id: logistics
    name: Logistics
    ambassador: Mary Jones
  - id: service
    name: Customer service
    ambassador: John Taylor

# The paths a customer can take. A touchpoint that names a `branch` (or a list of
# `branches`) lies on those paths only; one that names none is shared by every
# path: that is where the paths split and where they converge again.
branches:
  - id: online
    name: Online shop
  - id: store
    name: In a store

# Stages in journey order; touchpoints in journey order within each stage.
# score: -2 bad, -1 worse than expected, 0 as expected, +1 better, +2 delight;
# leave it out while a touchpoint is not scored yet. target: the score to reach.
stages:
  - id: before-purchase
    name: Before purchase
    touchpoints:
      - id: advert
        name: Sees an advert
        channel: social media
        owner: marketing
        score: 0
        target: 0
      - id: comparison
        name: Compares models and prices
        channel: web
        owner: marketing
        score: 1
        target: 1
        pillars: [expectations]

  - id: purchase
    name: Purchase
    touchpoints:
      - id: web-checkout
        name: Pays in the online shop
        branch: online  # only on the online path
        channel: web
        owner: sales
        score: -1
        target: 0
        # An effort point: where customers tire or give up. `confirmed: true`
        # means customer research confirmed the flag, not only the team's guess;
        # `evidence` says where the finding comes from, `reach` how many
        # customers it touches (percent).
        customerEffort: true
        confirmed: true
        reach: 35
        pillars: [time-and-effort]
        evidence:
          - Usability test, 12 sessions
          - Checkout abandonment in web analytics
      - id: store-visit
        name: Buys in a store with an adviser
        branch: store  # only on the in-store path
        channel: store
        owner: sales
        score: 1
        target: 1
        standard: The adviser offers a demonstration before the customer pays.

  - id: fulfilment
    name: Fulfilment
    touchpoints:
      - id: delivery
        name: Courier delivers the machine
        branch: online
        channel: courier
        owner: logistics
        score: 0
        target: 0
      - id: pick-up
        name: Takes the machine home from the store
        branch: store
        channel: store
        owner: logistics
        score: 0
        target: 0

  - id: after-sales
    name: After-sales
    touchpoints:
      # Shared by both paths: the online and the store paths converge here.
      - id: first-use
        name: Makes the first coffee
        channel: product
        owner: service
        score: 1
        target: 1
      # A moment of truth: the customer checks the promise made at the sale.
      - id: warranty-repair
        name: Sends the machine for a warranty repair
        channel: phone
        owner: service
        score: -2
        target: 2
        momentOfTruth: true
        confirmed: true
        reach: 8
        pillars: [integrity, resolution]
        evidence:
          - Complaints register
          - Interviews with 20 customers
        standard: Within one working day a technician calls the customer back.
        notes: The courier collects the machine; a loan machine is promised.

# Improvement projects: hard (process, procedure, technology) or soft (people's
# skills), placed on impact x cost; low cost and high impact first.
projects:
  - id: one-page-checkout
    title: One-page checkout with saved details
    kind: hard
    touchpoints: [web-checkout]
    cost: medium
    impact: high
    owner: sales
    due: @DUE@
    status: planned
    reversible: true  # a two-way door: easy to undo
  - id: repair-callback
    title: Call-back within one working day for repairs
    kind: soft
    touchpoints: [warranty-repair]
    cost: low
    impact: high
    owner: service
    due: @DUE@
    status: idea
"""
