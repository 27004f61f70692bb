window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "1001-3003",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "3003",
            "reactions": [],
            "urls": [],
            "text": "Thanks, see you Monday",
            "mediaUrls": [],
            "senderId": "1001",
            "id": "9000000000000000002",
            "createdAt": "2019-03-01T10:05:00.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "1001",
            "reactions": [],
            "urls": [
              {
                "url": "https://t.co/rota1",
                "expanded": "https://example.org/rota",
                "display": "example.org/rota"
              }
            ],
            "text": "Here is the rota https://t.co/rota1",
            "mediaUrls": [],
            "senderId": "3003",
            "id": "9000000000000000001",
            "createdAt": "2019-03-01T10:00:00.000Z"
          }
        }
      ]
    }
  }
]