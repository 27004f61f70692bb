window.YTD.account.part0 = [
  {
    "account": {
      "email": "dr@example.org",
      "createdVia": "web",
      "username": "drsynthetic",
      "accountId": "1001",
      "createdAt": "2015-01-01T00:00:00.000Z",
      "accountDisplayName": "Dr Synthetic"
    }
  }
]